package dev.waypoint.alignment;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.NotFoundException;
import java.util.List;
import java.util.Objects;

/**
 * Aligns objectives to KPIs (many-to-many). Permission to edit the objective is checked by the REST resource.
 */
public final class KpiAlignmentService {

    private final KpiRepository kpis;
    private final ObjectiveRepository objectives;
    private final KpiAlignmentRepository alignments;

    public KpiAlignmentService(KpiRepository kpis, ObjectiveRepository objectives, KpiAlignmentRepository alignments) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
    }

    /**
     * Aligns the objective to the KPI; aligning twice is harmless.
     *
     * @throws NotFoundException if the objective or the KPI does not exist
     */
    public void link(ObjectiveId objectiveId, KpiId kpiId) {
        requireBoth(objectiveId, kpiId);
        alignments.link(objectiveId, kpiId);
    }

    /** Removes the alignment; removing a missing one is harmless. */
    public void unlink(ObjectiveId objectiveId, KpiId kpiId) {
        alignments.unlink(objectiveId, kpiId);
    }

    /** The objectives aligned to the KPI, by id. */
    public List<ObjectiveId> objectivesAlignedTo(KpiId kpiId) {
        return alignments.findByKpiIds(List.of(kpiId)).stream().map(KpiAlignment::objectiveId).toList();
    }

    private void requireBoth(ObjectiveId objectiveId, KpiId kpiId) {
        objectives.findById(objectiveId).orElseThrow(() -> new NotFoundException("Objective", objectiveId));
        kpis.findById(kpiId).orElseThrow(() -> new NotFoundException("KPI", kpiId));
    }
}
