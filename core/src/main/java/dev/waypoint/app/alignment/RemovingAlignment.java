package dev.waypoint.app.alignment;

import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import java.util.Objects;

/** Removes the alignment of an objective to a KPI; removing a missing one is harmless. Same rules as aligning. */
public final class RemovingAlignment {

    private final AlignmentChange change;
    private final KpiAlignmentRepository alignments;

    public RemovingAlignment(OkrAccess okrs, KpiAccess kpis, KpiAlignmentRepository alignments) {
        this.change = new AlignmentChange(okrs, kpis);
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not change the objective
     * @throws dev.waypoint.shared.NotFoundException     no such objective or KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.ConflictException     the objective's cycle is closed
     */
    public void remove(ObjectiveId objectiveId, KpiId kpiId) {
        AlignmentChange.Pair pair = change.require(objectiveId, kpiId);
        alignments.unlink(pair.objective().id(), pair.kpi().id());
    }
}
