package dev.waypoint.jira.rest.kpi;

/** The body of {@code PUT /kpis/{id}/values/{date}}: the value of a MANUAL KPI for that date. */
public record KpiValueRequest(Double value) {
}
