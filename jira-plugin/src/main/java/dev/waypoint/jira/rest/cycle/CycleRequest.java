package dev.waypoint.jira.rest.cycle;

import dev.waypoint.cycle.CycleState;
import java.time.LocalDate;

/**
 * The body of {@code POST /cycles} and {@code PUT /cycles/{id}}.
 *
 * @param name    required, 1-255 characters, one line
 * @param start   required ISO date within 100 years of today
 * @param end     required ISO date, not before {@code start}
 * @param state   optional: PLANNING (default on create) or ACTIVE; CLOSED only by closing the cycle
 * @param version update only, required there: the version you read
 */
public record CycleRequest(String name, LocalDate start, LocalDate end, CycleState state, Long version) {
}
