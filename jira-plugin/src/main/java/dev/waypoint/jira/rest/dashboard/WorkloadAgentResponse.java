package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.app.dashboard.AgentWorkload;
import dev.waypoint.kpi.Health;

/**
 * One line of the "agent workload" item: the fields of a breakdown row ({@code agent}, {@code unassigned},
 * {@code count}, {@code health}) and what the item shows and links to.
 *
 * @param agent     the agent's user key; {@code null} for the line of unassigned issues
 * @param name      the agent's display name; {@code null} for the unassigned line
 * @param issuesJql the query of the issues behind the count, for Jira's issue navigator; {@code null} when unknown
 */
public record WorkloadAgentResponse(String agent, String name, boolean unassigned, long count, Health health,
        String issuesJql) {

    public static WorkloadAgentResponse of(AgentWorkload.AgentLine line) {
        return new WorkloadAgentResponse(line.agent() == null ? null : line.agent().value(), line.displayName(),
                line.unassigned(), line.count(), line.health(), line.issuesJql());
    }
}
