package dev.waypoint.alignment;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import java.util.List;
import java.util.Objects;

/**
 * Reads the alignments of objectives to KPIs (many-to-many) for read models that join them. Aligning and removing an
 * alignment are use cases with their rules ({@code dev.waypoint.app.alignment}).
 */
public final class KpiAlignmentService {

    private final KpiAlignmentRepository alignments;

    public KpiAlignmentService(KpiAlignmentRepository alignments) {
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
    }

    /** The objectives aligned to the KPI, by id. */
    public List<ObjectiveId> objectivesAlignedTo(KpiId kpiId) {
        return alignments.findByKpiIds(List.of(kpiId)).stream().map(KpiAlignment::objectiveId).toList();
    }
}
