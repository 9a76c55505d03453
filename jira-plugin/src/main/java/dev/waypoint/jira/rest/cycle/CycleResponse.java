package dev.waypoint.jira.rest.cycle;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import java.time.LocalDate;

/**
 * A cycle (DESIGN §3) as the API answers it.
 *
 * @param start   first day, inclusive
 * @param end     last day, inclusive
 * @param version send it back with an update or a close (optimistic locking)
 */
public record CycleResponse(long id, String name, LocalDate start, LocalDate end, CycleState state, long version) {

    public static CycleResponse of(Cycle cycle) {
        return new CycleResponse(cycle.id().value(), cycle.name(), cycle.start(), cycle.end(), cycle.state(),
                cycle.version());
    }
}
