package dev.waypoint.jira.rest.kpi;

/**
 * The body of {@code POST /kpis/validate-jql}: the queries of a source, checked as the would-be owner.
 *
 * @param owner   the user key the KPI's queries would run as; the caller when not given
 * @param project the KPI's project, none for a global KPI
 * @param source  the source whose queries to check (only the query properties of its type are read)
 * @param count   the field of the query whose issues to count now ({@code source.numeratorJql} ...); the source's
 *                first query when not given or not one of its queries
 */
public record JqlValidationRequest(String owner, String project, KpiSourceJson source, String count) {
}
