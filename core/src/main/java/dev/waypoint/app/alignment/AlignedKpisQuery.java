package dev.waypoint.app.alignment;

import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The KPIs an objective the viewer may see is aligned to, as far as the viewer may see them (a composite only with all
 * its children), with their latest value and health, in id order. KPIs the viewer may not see are left out without a
 * trace.
 */
public final class AlignedKpisQuery {

    private final OkrAccess okrs;
    private final KpiAccess kpis;
    private final KpiReadService reads;

    public AlignedKpisQuery(OkrAccess okrs, KpiAccess kpis, KpiReadService reads) {
        this.okrs = Objects.requireNonNull(okrs, "'okrs' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such objective, or the viewer may not see it
     */
    public List<KpiCard> kpisOf(ObjectiveId objectiveId) {
        Objective objective = okrs.objective(objectiveId).objective();
        List<KpiId> ids = objective.alignedKpis().stream().sorted(Comparator.comparingLong(KpiId::value)).toList();
        Map<KpiId, Kpi> visible = kpis.kpis().find(kpis.viewer(), ids);
        return reads.cards(List.copyOf(visible.values()), 1);
    }
}
