package dev.waypoint.keyresult;

/** Identity of a {@link KeyResult}, assigned by the repository on insert. */
public record KeyResultId(long value) {

    public KeyResultId {
        if (value < 1) {
            throw new IllegalArgumentException("'value' must be a positive number, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
