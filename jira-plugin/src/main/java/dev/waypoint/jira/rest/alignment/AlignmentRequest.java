package dev.waypoint.jira.rest.alignment;

/** The body of {@code POST /alignments}: align an objective to a KPI. */
public record AlignmentRequest(Long objectiveId, Long kpiId) {
}
