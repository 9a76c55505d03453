package dev.waypoint.jira.rest.kpi;

/** Who the agents of a PER_AGENT KPI are, as the REST API names it (core's {@code AgentSelection}). */
public enum AgentsKind {
    /** The active members of a Jira group ({@code group}). */
    GROUP,
    /** The active members of a project role ({@code project}, {@code role}). */
    PROJECT_ROLE,
    /** Whoever is assignee of the results. */
    ASSIGNEES
}
