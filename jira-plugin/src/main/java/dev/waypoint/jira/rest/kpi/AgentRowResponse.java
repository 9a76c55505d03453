package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.Health;

/**
 * One row of a PER_AGENT KPI's breakdown.
 *
 * @param agent      the agent's user key; {@code null} for the row of unassigned issues
 * @param unassigned whether this is the row of unassigned issues (judged by the KPI's bands like the agents' rows;
 *                   UNKNOWN in values stored before it was judged)
 */
public record AgentRowResponse(String agent, boolean unassigned, long count, Health health) {
}
