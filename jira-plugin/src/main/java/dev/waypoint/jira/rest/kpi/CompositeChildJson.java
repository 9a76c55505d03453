package dev.waypoint.jira.rest.kpi;

/**
 * A child of a COMPOSITE KPI.
 *
 * @param kpiId  the child KPI
 * @param weight used by WEIGHTED_AVERAGE; 1 when not given
 */
public record CompositeChildJson(Long kpiId, Double weight) {
}
