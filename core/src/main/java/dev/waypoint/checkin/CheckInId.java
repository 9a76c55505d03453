package dev.waypoint.checkin;

/** Identity of a {@link CheckIn}, assigned by the repository on insert. */
public record CheckInId(long value) {

    public CheckInId {
        if (value < 1) {
            throw new IllegalArgumentException("'value' must be a positive number, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
