package dev.waypoint.initiative;

/** Identity of an {@link Initiative}, assigned by the repository on insert. */
public record InitiativeId(long value) {

    public InitiativeId {
        if (value < 1) {
            throw new IllegalArgumentException("'value' must be a positive number, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
