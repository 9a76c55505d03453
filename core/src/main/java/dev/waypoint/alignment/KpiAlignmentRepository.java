package dev.waypoint.alignment;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import java.util.Collection;
import java.util.List;

/**
 * The alignments of objectives to KPIs (many-to-many). Lists are ordered by objective id, then KPI id.
 *
 * <p><b>One source of truth.</b> {@code Objective.alignedKpis()} exposes the same relation from the objective's side,
 * and the Active Objects adapter of {@code ObjectiveRepository} keeps it in the objective row. An implementation of this
 * port must read and write that same storage (so that both views always agree and a link changes the objective's
 * version), never a second copy.
 */
public interface KpiAlignmentRepository {

    /** Aligns the objective to the KPI; does nothing if it is already aligned. */
    void link(ObjectiveId objectiveId, KpiId kpiId);

    /** Removes the alignment; does nothing if there is none. */
    void unlink(ObjectiveId objectiveId, KpiId kpiId);

    List<KpiAlignment> findByObjectiveIds(Collection<ObjectiveId> objectiveIds);

    List<KpiAlignment> findByKpiIds(Collection<KpiId> kpiIds);

    /** Removes every alignment to the KPI (when the KPI is deleted). */
    void deleteByKpiId(KpiId kpiId);
}
