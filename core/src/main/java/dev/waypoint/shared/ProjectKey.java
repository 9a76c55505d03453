package dev.waypoint.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Jira project key, e.g. {@code SUP}. Upper case letters, digits and underscores, starting with a letter. */
public record ProjectKey(String value) implements Comparable<ProjectKey> {

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

    /**
     * The project of an issue key ({@code SUP-12} → {@code SUP}): Jira keys an issue with its project's key, so the
     * key tells the project the issue is in now.
     *
     * @throws IllegalArgumentException if {@code issueKey} is not a Jira issue key
     */
    public static ProjectKey ofIssueKey(String issueKey) {
        int dash = issueKey == null ? -1 : issueKey.lastIndexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("'issueKey' is not an issue key: '" + issueKey + "'");
        }
        return new ProjectKey(issueKey.substring(0, dash));
    }

    @Override
    public int compareTo(ProjectKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
