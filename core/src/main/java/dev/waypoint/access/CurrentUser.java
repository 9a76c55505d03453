package dev.waypoint.access;

import dev.waypoint.shared.UserKey;
import java.util.Optional;

/** Who sends the current request: the logged-in user's key, or empty for an anonymous request. */
@FunctionalInterface
public interface CurrentUser {

    Optional<UserKey> key();
}
