package dev.waypoint.jira.web;

import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.shared.UserKey;
import java.util.Optional;

/** What a surface may show its viewer: everything, or a message instead of any data. */
public enum ViewerAccess {

    /** The viewer may see the surface's items. */
    VIEW,
    /** Nobody is logged in. */
    NOT_LOGGED_IN,
    /** Logged in, but without a licence or without Browse Projects on the project. */
    NO_PERMISSION;

    /** The access of {@code viewer} to the items of {@code scope} (DESIGN §5). */
    public static ViewerAccess of(Optional<UserKey> viewer, Scope scope, Permissions permissions) {
        if (viewer.isEmpty()) {
            return NOT_LOGGED_IN;
        }
        return permissions.canView(viewer, scope) ? VIEW : NO_PERMISSION;
    }
}
