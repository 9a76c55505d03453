package dev.waypoint.shared;

/** Whether a user key names a user who may own items: one who exists and is active (DESIGN §3 "owner"). */
@FunctionalInterface
public interface Users {

    /** Whether the user exists and is active. */
    boolean isActive(UserKey user);

    /** Whether {@code owner} may be stored as an item's owner: none at all, or an existing, active user. */
    default boolean acceptsOwner(UserKey owner) {
        return owner == null || isActive(owner);
    }
}
