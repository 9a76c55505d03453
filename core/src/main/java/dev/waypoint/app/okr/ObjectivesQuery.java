package dev.waypoint.app.okr;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads objectives: those of a cycle the viewer may see, or one of them. */
public final class ObjectivesQuery {

    private final OkrAccess access;
    private final KpiReferences kpis;
    private final ObjectiveRepository objectives;
    private final CycleRepository cycles;

    public ObjectivesQuery(OkrAccess access, KpiReferences kpis, ObjectiveRepository objectives,
            CycleRepository cycles) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /**
     * The objectives of a cycle that the viewer may see, ordered by id, optionally only those of one project, level or
     * owner ({@code null}: any). An unknown cycle has none.
     */
    public List<ObjectiveView> list(CycleId cycleId, ProjectKey project, ObjectiveLevel level, UserKey owner) {
        Objects.requireNonNull(cycleId, "'cycleId' must not be null");
        access.requireLicensed();
        Optional<Cycle> cycle = cycles.findById(cycleId);
        if (cycle.isEmpty()) {
            return List.of();
        }
        List<Objective> shown = objectives.findByCycleIds(List.of(cycleId)).stream()
                .filter(o -> project == null || project.equals(o.project()))
                .filter(o -> level == null || level == o.level())
                .filter(o -> owner == null || owner.equals(o.owner()))
                .filter(access::canView)
                .toList();
        Set<KpiId> visibleKpis = kpis.visible(access.viewer(), shown.stream()
                .flatMap(o -> o.alignedKpis().stream()).distinct().toList());
        return shown.stream().map(o -> access.view(o, cycle.get(), visibleKpis)).toList();
    }

    /** @throws dev.waypoint.shared.NotFoundException if it does not exist or the viewer may not see it */
    public ObjectiveView get(ObjectiveId id) {
        OkrAccess.VisibleObjective found = access.objective(id);
        return access.view(found.objective(), found.cycle(), kpis.visible(access.viewer(),
                found.objective().alignedKpis()));
    }
}
