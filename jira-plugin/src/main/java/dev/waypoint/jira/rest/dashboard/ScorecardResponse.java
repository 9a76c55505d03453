package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.jira.rest.kpi.KpiValueResponse;
import dev.waypoint.jira.rest.kpi.TrendResponse;
import dev.waypoint.kpi.Health;
import java.util.List;

/**
 * The read model of the "KPI scorecard" dashboard item.
 *
 * @param kpis    the KPIs the caller may see, in the order asked
 * @param missing KPIs asked for that do not exist or that the caller may not see (the two are not told apart)
 */
public record ScorecardResponse(List<Card> kpis, List<Long> missing) {

    /**
     * @param latest  {@code null} when never evaluated
     * @param history the values of the requested days, oldest first, for a sparkline
     */
    public record Card(KpiSummary kpi, KpiValueResponse latest, Health health, TrendResponse trend,
            List<PointJson> history) {
    }
}
