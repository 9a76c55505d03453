package dev.waypoint.alignment.inmemory;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.inmemory.InMemoryObjectiveRepository;
import dev.waypoint.shared.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In-memory {@link KpiAlignmentRepository} over the objectives' own {@code alignedKpis}, the one source of truth the
 * port requires (a link is a version-checked update of the objective). A test fake shared through core's test-jar.
 */
public final class InMemoryKpiAlignmentRepository implements KpiAlignmentRepository {

    private static final Comparator<KpiAlignment> ORDER = Comparator
            .comparingLong((KpiAlignment a) -> a.objectiveId().value()).thenComparingLong(a -> a.kpiId().value());

    private final InMemoryObjectiveRepository objectives;

    public InMemoryKpiAlignmentRepository(InMemoryObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    @Override
    public synchronized void link(ObjectiveId objectiveId, KpiId kpiId) {
        Objective objective = objectives.findById(objectiveId)
                .orElseThrow(() -> new NotFoundException("Objective", objectiveId));
        if (!objective.alignedKpis().contains(kpiId)) {
            Set<KpiId> aligned = new HashSet<>(objective.alignedKpis());
            aligned.add(kpiId);
            objectives.update(objective.withAlignedKpis(aligned));
        }
    }

    @Override
    public synchronized void unlink(ObjectiveId objectiveId, KpiId kpiId) {
        objectives.findById(objectiveId).filter(o -> o.alignedKpis().contains(kpiId)).ifPresent(objective -> {
            Set<KpiId> aligned = new HashSet<>(objective.alignedKpis());
            aligned.remove(kpiId);
            objectives.update(objective.withAlignedKpis(aligned));
        });
    }

    @Override
    public synchronized List<KpiAlignment> findByObjectiveIds(Collection<ObjectiveId> objectiveIds) {
        Set<ObjectiveId> wanted = Set.copyOf(objectiveIds);
        return all().stream().filter(a -> wanted.contains(a.objectiveId())).toList();
    }

    @Override
    public synchronized List<KpiAlignment> findByKpiIds(Collection<KpiId> kpiIds) {
        Set<KpiId> wanted = Set.copyOf(kpiIds);
        return all().stream().filter(a -> wanted.contains(a.kpiId())).toList();
    }

    @Override
    public synchronized void deleteByKpiId(KpiId kpiId) {
        for (KpiAlignment alignment : findByKpiIds(List.of(kpiId))) {
            unlink(alignment.objectiveId(), kpiId);
        }
    }

    private List<KpiAlignment> all() {
        return objectives.all().stream()
                .flatMap(o -> o.alignedKpis().stream().map(k -> new KpiAlignment(o.id(), k)))
                .sorted(ORDER).toList();
    }
}
