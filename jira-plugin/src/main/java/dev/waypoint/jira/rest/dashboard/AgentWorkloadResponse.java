package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.jira.rest.kpi.KpiErrorResponse;
import dev.waypoint.kpi.Health;
import java.time.Instant;
import java.util.List;

/**
 * The read model of the "agent workload" dashboard item: the latest breakdown of a PER_AGENT KPI (seed 002: open
 * tickets per support agent), one row per agent with its own health.
 *
 * @param at     when the latest value was recorded; {@code null} when never evaluated
 * @param value  the KPI's value (count per agent); {@code null} without value
 * @param agents agents by count, highest first (then by name), then the unassigned row
 * @param error  why the latest evaluation has no value, or {@code null}
 */
public record AgentWorkloadResponse(KpiSummary kpi, KpiTrendResponse.Bands bands, Instant at, Double value,
        Health health, List<WorkloadAgentResponse> agents, KpiErrorResponse error) {
}
