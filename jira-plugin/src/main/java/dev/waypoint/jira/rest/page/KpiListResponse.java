package dev.waypoint.jira.rest.page;

import dev.waypoint.app.page.KpiList;
import dev.waypoint.jira.rest.dashboard.PointJson;
import dev.waypoint.jira.rest.dashboard.ProjectChoicesResponse;
import dev.waypoint.jira.rest.kpi.KpiResponse;
import dev.waypoint.jira.rest.kpi.KpiValueResponse;
import dev.waypoint.jira.rest.kpi.KpiViews;
import dev.waypoint.jira.rest.kpi.TrendResponse;
import dev.waypoint.kpi.Health;
import java.util.List;

/**
 * A KPI page's list: a project's KPIs, or the directory of every KPI the caller may see.
 *
 * @param project         the project of a project's KPI page; {@code null} for the directory
 * @param createIn        the projects in which the caller may create a KPI (owned by themselves), by name
 * @param canCreateGlobal whether the caller may create a global KPI
 * @param kpis            ordered by id
 */
public record KpiListResponse(String project, List<ProjectChoicesResponse.Project> createIn, boolean canCreateGlobal,
        List<Entry> kpis) {

    /**
     * One KPI.
     *
     * @param latest    {@code null} when never evaluated
     * @param history   the values of the last 30 days, oldest first
     * @param drillDown the queries behind its value (none for MANUAL and COMPOSITE)
     * @param canManage may change it, record its values, refresh and delete it
     */
    public record Entry(KpiResponse kpi, String ownerName, KpiValueResponse latest, Health health, TrendResponse trend,
            List<PointJson> history, List<DrillDownJson> drillDown, boolean canManage) {
    }

    static KpiListResponse of(KpiList list, KpiViews views) {
        return new KpiListResponse(list.project() == null ? null : list.project().value(),
                list.createIn().stream().map(p -> new ProjectChoicesResponse.Project(p.key().value(), p.name()))
                        .toList(),
                list.canCreateGlobal(),
                list.kpis().stream().map(e -> new Entry(KpiResponse.of(e.card().kpi()), e.ownerName(),
                        views.latest(e.card()), e.card().health(), TrendResponse.of(e.card().trend()),
                        e.card().history().stream().map(PointJson::of).toList(),
                        e.drillDown().stream().map(DrillDownJson::of).toList(), e.canManage())).toList());
    }
}
