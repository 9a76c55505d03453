package dev.waypoint.app.cycle;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/** Who may read and manage cycles: every licensed user reads them; the company managers create, change and close them. */
public final class CycleAccess {

    private final CurrentUser currentUser;
    private final Permissions permissions;

    public CycleAccess(CurrentUser currentUser, Permissions permissions) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /** @throws dev.waypoint.access.AccessDeniedException 401 / 403 unless licensed */
    public UserKey requireReader() {
        return permissions.requireLicensed(currentUser.key());
    }

    /** @throws dev.waypoint.access.AccessDeniedException 401 / 403 unless a company manager */
    public UserKey requireManager() {
        UserKey user = permissions.requireLicensed(currentUser.key());
        permissions.requireManageCycles(currentUser.key());
        return user;
    }

    public boolean canManage() {
        return permissions.canManageCycles(currentUser.key());
    }
}
