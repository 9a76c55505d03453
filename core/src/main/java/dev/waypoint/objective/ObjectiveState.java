package dev.waypoint.objective;

/** Life cycle of an objective. {@link #CLOSED} is set only by closing its cycle, which also sets the final grade. */
public enum ObjectiveState {
    DRAFT,
    ACTIVE,
    CLOSED,
    ABANDONED
}
