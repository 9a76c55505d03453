package dev.waypoint.app;

import dev.waypoint.access.Capabilities;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Optional;

/** Who the current user is and what they may do beyond single items, for the UI to show or hide actions. */
public final class MeQuery {

    /** The current user's key and capabilities. */
    public record Me(UserKey user, Capabilities capabilities) {

        public Me {
            Objects.requireNonNull(user, "'user' must not be null");
            Objects.requireNonNull(capabilities, "'capabilities' must not be null");
        }
    }

    private final CurrentUser currentUser;
    private final Permissions permissions;

    public MeQuery(CurrentUser currentUser, Permissions permissions) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /** @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 for a user without licence */
    public Me me() {
        Optional<UserKey> viewer = currentUser.key();
        return new Me(permissions.requireLicensed(viewer), permissions.capabilities(viewer));
    }
}
