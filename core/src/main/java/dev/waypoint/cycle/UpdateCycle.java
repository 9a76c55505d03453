package dev.waypoint.cycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Replace a cycle's name, dates and state. {@code version} is the version the caller read.
 *
 * @param state {@code PLANNING} or {@code ACTIVE}; {@code null} keeps the current state
 */
public record UpdateCycle(CycleId id, long version, String name, LocalDate start, LocalDate end, CycleState state) {

    public UpdateCycle {
        Objects.requireNonNull(id, "'id' must not be null");
    }
}
