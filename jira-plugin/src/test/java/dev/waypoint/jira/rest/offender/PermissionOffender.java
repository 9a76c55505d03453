package dev.waypoint.jira.rest.offender;

import dev.waypoint.access.Permissions;
import dev.waypoint.shared.UserKey;
import java.util.Optional;

/** A "resource" that asks the permission policy itself, which the architecture test must report; test code only. */
public final class PermissionOffender {

    private final Permissions permissions;

    public PermissionOffender(Permissions permissions) {
        this.permissions = permissions;
    }

    public void settings(Optional<UserKey> viewer) {
        permissions.requireAdminister(viewer);
    }
}
