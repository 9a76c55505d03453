package dev.waypoint.cycle;

import java.time.LocalDate;

/**
 * Create a cycle. Fields are raw user input, validated by {@link CycleService#create}.
 *
 * @param state {@code PLANNING} (default when {@code null}) or {@code ACTIVE}
 */
public record CreateCycle(String name, LocalDate start, LocalDate end, CycleState state) {
}
