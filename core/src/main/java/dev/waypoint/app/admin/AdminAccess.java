package dev.waypoint.app.admin;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import java.util.Objects;

/** Who may read and change Waypoint's settings: Jira administrators ({@link Permissions#requireAdminister}). */
public final class AdminAccess {

    private final CurrentUser currentUser;
    private final Permissions permissions;

    public AdminAccess(CurrentUser currentUser, Permissions permissions) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /** @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 unless a Jira administrator */
    public void requireAdministrator() {
        permissions.requireAdminister(currentUser.key());
    }
}
