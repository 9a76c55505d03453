package dev.waypoint.preview.issues;

import java.util.Objects;

/**
 * A user of the preview's Jira directory: one of the four preview users, or a directory-only user (a support agent
 * who owns tickets but is not offered in the user switcher). Key and username are equal, as for users created in
 * Jira 6.0 or later.
 */
public record DirectoryUser(String username, String displayName) {

    public DirectoryUser {
        Objects.requireNonNull(username, "'username' must not be null");
        Objects.requireNonNull(displayName, "'displayName' must not be null");
        if (username.isBlank()) {
            throw new IllegalArgumentException("'username' must not be blank");
        }
    }
}
