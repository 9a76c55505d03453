package dev.waypoint.shared;

import java.util.Objects;

/** A Jira user key: stable across renames, what Waypoint stores. Never a user name. */
public record UserKey(String value) {

    public UserKey {
        Objects.requireNonNull(value, "'value' must not be null");
        if (value.isBlank() || value.length() > Limits.KEY) {
            throw new IllegalArgumentException("'value' must be 1-" + Limits.KEY + " characters, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
