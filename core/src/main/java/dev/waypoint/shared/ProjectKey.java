package dev.waypoint.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Jira project key, e.g. {@code SUP}. Upper case letters, digits and underscores, starting with a letter. */
public record ProjectKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    public ProjectKey {
        Objects.requireNonNull(value, "'value' must not be null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'value' is not a project key: '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
