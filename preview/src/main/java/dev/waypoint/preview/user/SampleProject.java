package dev.waypoint.preview.user;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Jira project of the sample data: key (e.g. {@code SUP}) and name. */
public record SampleProject(String key, String name) {

    /** Jira's default project key pattern. */
    public static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");

    public SampleProject {
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("'key' must be a Jira project key, was " + key);
        }
    }
}
