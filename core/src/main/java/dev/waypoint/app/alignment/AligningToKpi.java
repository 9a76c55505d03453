package dev.waypoint.app.alignment;

import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import java.util.Objects;

/**
 * Aligns an objective to a KPI (seed 001: "you can align OKRs to KPIs"); aligning twice is harmless. Whoever may change
 * the objective may, for a KPI they may see, while the objective's cycle is open.
 */
public final class AligningToKpi {

    private final AlignmentChange change;
    private final KpiAlignmentRepository alignments;

    public AligningToKpi(OkrAccess okrs, KpiAccess kpis, KpiAlignmentRepository alignments) {
        this.change = new AlignmentChange(okrs, kpis);
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not change the objective
     * @throws dev.waypoint.shared.NotFoundException     no such objective or KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.ConflictException     the objective's cycle is closed
     */
    public void align(ObjectiveId objectiveId, KpiId kpiId) {
        AlignmentChange.Pair pair = change.require(objectiveId, kpiId);
        alignments.link(pair.objective().id(), pair.kpi().id());
    }
}
