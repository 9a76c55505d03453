package dev.waypoint.app.alignment;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import java.util.List;
import java.util.Objects;

/** The objectives aligned to a KPI the viewer may see, as far as the viewer may see them, in id order. */
public final class AlignedObjectivesQuery {

    private final KpiAccess kpis;
    private final OkrAccess okrs;
    private final KpiAlignmentRepository alignments;
    private final ObjectiveRepository objectives;

    public AlignedObjectivesQuery(KpiAccess kpis, OkrAccess okrs, KpiAlignmentRepository alignments,
            ObjectiveRepository objectives) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.okrs = Objects.requireNonNull(okrs, "'okrs' must not be null");
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     */
    public List<Objective> objectivesOf(KpiId kpiId) {
        Kpi kpi = kpis.kpi(kpiId);
        List<ObjectiveId> ids = alignments.findByKpiIds(List.of(kpi.id())).stream()
                .map(KpiAlignment::objectiveId).toList();
        return objectives.findByIds(ids).stream().filter(okrs::canView).toList();
    }
}
