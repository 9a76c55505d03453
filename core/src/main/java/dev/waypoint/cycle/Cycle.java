package dev.waypoint.cycle;

import dev.waypoint.shared.Limits;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An OKR period (DESIGN §3): a name, a start and an end date (both inclusive) and a state. Cycles may overlap (a year
 * and its quarters).
 *
 * @param id      {@code null} until the repository inserts the cycle
 * @param version optimistic-locking version; 0 when inserted, +1 on every update
 */
public record Cycle(CycleId id, String name, LocalDate start, LocalDate end, CycleState state, long version) {

    public Cycle {
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(start, "'start' must not be null");
        Objects.requireNonNull(end, "'end' must not be null");
        Objects.requireNonNull(state, "'state' must not be null");
        if (name.isBlank() || name.length() > Limits.TITLE) {
            throw new IllegalArgumentException("'name' must be 1-" + Limits.TITLE + " characters, was '" + name + "'");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("'end' " + end + " must not be before 'start' " + start);
        }
        if (version < 0) {
            throw new IllegalArgumentException("'version' must be >= 0, was " + version);
        }
    }

    /** A new cycle, not yet stored. */
    public static Cycle create(String name, LocalDate start, LocalDate end, CycleState state) {
        return new Cycle(null, name, start, end, state, 0);
    }

    public Cycle withId(CycleId newId) {
        return new Cycle(newId, name, start, end, state, version);
    }

    public Cycle withVersion(long newVersion) {
        return new Cycle(id, name, start, end, state, newVersion);
    }

    public Cycle withState(CycleState newState) {
        return new Cycle(id, name, start, end, newState, version);
    }

    public boolean isClosed() {
        return state == CycleState.CLOSED;
    }

    /** Whether {@code date} lies between start and end, both inclusive. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether the two cycles share at least one day. */
    public boolean overlaps(Cycle other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** Number of days of the cycle, counting start and end. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
