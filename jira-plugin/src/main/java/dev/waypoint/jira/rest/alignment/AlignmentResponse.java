package dev.waypoint.jira.rest.alignment;

/** An objective aligned to a KPI. */
public record AlignmentResponse(long objectiveId, long kpiId) {
}
