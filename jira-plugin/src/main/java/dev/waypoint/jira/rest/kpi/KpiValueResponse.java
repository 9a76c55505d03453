package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.Health;
import java.time.Instant;
import java.util.List;

/**
 * One recorded value of a KPI.
 *
 * @param value     {@code null} exactly when {@code error} is given
 * @param health    the value's colour by the KPI's current bands; UNKNOWN for an error
 * @param breakdown one row per agent and one for unassigned issues (PER_AGENT only; otherwise empty)
 */
public record KpiValueResponse(Instant at, Double value, Health health, List<AgentRowResponse> breakdown,
        KpiErrorResponse error) {

    public KpiValueResponse {
        breakdown = List.copyOf(breakdown);
    }
}
