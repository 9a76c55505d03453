package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.Health;

/**
 * One row of a PER_AGENT KPI's breakdown.
 *
 * @param agent      the agent's user key; {@code null} for the row of unassigned issues
 * @param unassigned whether this is the row of unassigned issues (its health is always UNKNOWN)
 */
public record AgentRowResponse(String agent, boolean unassigned, long count, Health health) {
}
