package dev.waypoint.objective;

/** Identity of an {@link Objective}, assigned by the repository on insert. */
public record ObjectiveId(long value) {

    public ObjectiveId {
        if (value < 1) {
            throw new IllegalArgumentException("'value' must be a positive number, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
