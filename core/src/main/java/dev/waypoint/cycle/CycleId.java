package dev.waypoint.cycle;

/** Identity of a {@link Cycle}, assigned by the repository on insert. */
public record CycleId(long value) {

    public CycleId {
        if (value < 1) {
            throw new IllegalArgumentException("'value' must be a positive number, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
