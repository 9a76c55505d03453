package dev.waypoint.cycle;

/** Life cycle of a {@link Cycle}. Only closing a cycle makes it {@link #CLOSED}; a closed cycle is read-only. */
public enum CycleState {
    PLANNING,
    ACTIVE,
    CLOSED
}
