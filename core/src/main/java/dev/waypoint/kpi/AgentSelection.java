package dev.waypoint.kpi;

import dev.waypoint.shared.ProjectKey;

/**
 * Who the agents of a PER_AGENT KPI are. Not validated here: {@link KpiValidator} checks user input with field
 * messages (that the group or the project role exists).
 */
public sealed interface AgentSelection permits AgentSelection.Group, AgentSelection.ProjectRole,
        AgentSelection.Assignees {

    /** The active members of a Jira group. */
    record Group(String name) implements AgentSelection {
    }

    /** The active members of a project role in a project. */
    record ProjectRole(ProjectKey project, String role) implements AgentSelection {
    }

    /**
     * Whoever is assignee of the KPI's results, discovered from a capped sample of the results (see
     * {@code dev.waypoint.refresh.PerAgentEvaluator}).
     */
    record Assignees() implements AgentSelection {
    }
}
