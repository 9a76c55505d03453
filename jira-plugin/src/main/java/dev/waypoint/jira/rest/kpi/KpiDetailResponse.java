package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.Health;

/**
 * A KPI with its latest value and what the caller may do with it.
 *
 * @param latest       {@code null} when the KPI was never evaluated
 * @param canManage    may change the definition, record values, refresh and delete it
 * @param canChangeJql may change its queries and its owner
 */
public record KpiDetailResponse(KpiResponse kpi, KpiValueResponse latest, Health health, TrendResponse trend,
        boolean canManage, boolean canChangeJql) {
}
