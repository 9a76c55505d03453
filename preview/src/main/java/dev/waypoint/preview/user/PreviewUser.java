package dev.waypoint.preview.user;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A preview user as Jira's {@link ApplicationUser}: an active user of the internal directory (id 1) whose key equals
 * its username, as for users created in Jira 6.0 or later.
 */
public record PreviewUser(long userId, String username, String displayName, String emailAddress, PreviewRole role,
        PreviewPermissions permissions) implements ApplicationUser {

    /** Usernames are cookie-safe by construction. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public PreviewUser {
        Objects.requireNonNull(username, "'username' must not be null");
        Objects.requireNonNull(displayName, "'displayName' must not be null");
        Objects.requireNonNull(emailAddress, "'emailAddress' must not be null");
        Objects.requireNonNull(role, "'role' must not be null");
        Objects.requireNonNull(permissions, "'permissions' must not be null");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("'username' must match " + USERNAME + ", was " + username);
        }
    }

    @Override
    public Long getId() {
        return userId;
    }

    @Override
    public String getKey() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public long getDirectoryId() {
        return 1L;
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public String getEmailAddress() {
        return emailAddress;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }
}
