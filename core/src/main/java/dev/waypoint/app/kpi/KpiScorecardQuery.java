package dev.waypoint.app.kpi;

import dev.waypoint.access.Scope;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.shared.ProjectKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "KPI scorecard" dashboard item: chosen KPIs, or every KPI of a project, each with its latest value, health,
 * trend and the values of the last days for a sparkline. Reads stored values only, never JQL (DESIGN §6): the KPIs
 * (one read, one more per level of composite nesting) and their values (one read, one more for KPIs without a recent
 * value), whatever their number.
 */
public final class KpiScorecardQuery {

    /** Most KPIs one scorecard shows. */
    public static final int MAX_KPIS = 100;

    private final KpiAccess access;
    private final KpiReadService reads;

    public KpiScorecardQuery(KpiAccess access, KpiReadService reads) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
    }

    /**
     * The chosen KPIs the viewer may see, in the order of {@code ids} (at most {@value #MAX_KPIS}); the others are
     * listed as missing.
     *
     * @param days the values of how many days to show, 1 to {@link KpiReadService#MAX_DAYS}
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.InvalidInputException too many KPIs (field {@code kpis}) or days (field
     *                                                   {@code days})
     */
    public KpiScorecard ofKpis(List<KpiId> ids, int days) {
        access.requireLicensed();
        if (ids.size() > MAX_KPIS) {
            throw KpiAppMessages.CATALOG.invalid("kpis", KpiAppMessages.IDS_TOO_MANY, MAX_KPIS, ids.size());
        }
        requireDays(days);
        Map<KpiId, Kpi> visible = access.kpis().find(access.viewer(), ids);
        List<KpiId> missing = new ArrayList<>(new LinkedHashSet<>(ids));
        missing.removeAll(visible.keySet());
        return new KpiScorecard(reads.cards(List.copyOf(visible.values()), days), missing);
    }

    /**
     * Every KPI of the project the viewer may see, ordered by id.
     *
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence, or may not see the
     *                                                   project
     * @throws dev.waypoint.shared.InvalidInputException days out of range (field {@code days})
     */
    public KpiScorecard ofProject(ProjectKey project, int days) {
        Objects.requireNonNull(project, "'project' must not be null");
        access.requireLicensed();
        requireDays(days);
        access.permissions().scopes().requireView(access.viewer(), Scope.project(project));
        List<Kpi> kpis = access.kpis().all(access.viewer()).stream()
                .filter(kpi -> project.equals(kpi.project()))
                .toList();
        return new KpiScorecard(reads.cards(kpis, days), List.of());
    }

    /**
     * Every KPI the viewer may see, ordered by id, at most {@value #MAX_KPIS}.
     *
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.InvalidInputException days out of range (field {@code days})
     */
    public KpiScorecard ofAll(int days) {
        access.requireLicensed();
        requireDays(days);
        return new KpiScorecard(reads.cards(access.kpis().all(access.viewer()).stream().limit(MAX_KPIS).toList(),
                days), List.of());
    }

    /** @throws dev.waypoint.shared.InvalidInputException unless 1 to {@link KpiReadService#MAX_DAYS} (field days) */
    public static void requireDays(int days) {
        if (days < 1 || days > KpiReadService.MAX_DAYS) {
            throw KpiAppMessages.CATALOG.invalid("days", KpiAppMessages.DAYS_OUT_OF_RANGE, KpiReadService.MAX_DAYS,
                    days);
        }
    }
}
