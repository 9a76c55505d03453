package dev.waypoint.app.page;

import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.shared.ProjectKey;
import java.util.List;
import java.util.Objects;

/**
 * The read model of a KPI page's list (DESIGN §4 "KPI pages"): a project's KPIs, or the directory of every KPI the
 * viewer may see, each with what its row shows and links to, and where the viewer may create one.
 *
 * @param project         the project of a project's KPI page; {@code null} for the directory
 * @param kpis            the KPIs the viewer may see, ordered by id
 * @param createIn        the projects (of this list) in which the viewer may create a KPI owned by themselves
 * @param canCreateGlobal whether the viewer may create a global KPI (only offered by the directory)
 */
public record KpiList(ProjectKey project, List<Entry> kpis, List<ProjectChoice> createIn, boolean canCreateGlobal) {

    public KpiList {
        kpis = List.copyOf(kpis);
        createIn = List.copyOf(createIn);
    }

    /**
     * One KPI of the list.
     *
     * @param card      definition, latest value (or error), health, trend and {@link KpiListQuery#DAYS} days of values
     * @param ownerName the owner's display name; the user key for a user the platform no longer knows
     * @param drillDown the queries behind its value ({@link DrillDown#of(dev.waypoint.kpi.KpiSource)})
     * @param canManage whether the viewer may change it, record its values, refresh and delete it
     */
    public record Entry(KpiCard card, String ownerName, List<DrillDown> drillDown, boolean canManage) {

        public Entry {
            Objects.requireNonNull(card, "'card' must not be null");
            Objects.requireNonNull(ownerName, "'ownerName' must not be null");
            drillDown = List.copyOf(drillDown);
        }
    }
}
