package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;

/**
 * {@link KpiAlignmentRepository} over the one source of truth the port requires: the aligned KPIs kept in each
 * objective's row (see {@link AoObjective}). A link is a version-checked update of the objective; finding by KPI is a
 * LIKE on the {@code ,id,} list per KPI, OR-ed into one statement per {@value AoIds#IN_LIST_LIMIT} KPIs (the insights
 * and the KPI pages look up the alignments of every KPI of a scope at once).
 */
public final class AoKpiAlignmentRepository implements KpiAlignmentRepository {

    private static final Comparator<KpiAlignment> ORDER = Comparator
            .comparingLong((KpiAlignment a) -> a.objectiveId().value()).thenComparingLong(a -> a.kpiId().value());

    private final ActiveObjects ao;
    private final AoObjectiveRepository objectives;

    public AoKpiAlignmentRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
        this.objectives = new AoObjectiveRepository(ao);
    }

    @Override
    public void link(ObjectiveId objectiveId, KpiId kpiId) {
        Objective objective = objectives.findById(objectiveId)
                .orElseThrow(() -> new NotFoundException("Objective", objectiveId));
        if (!objective.alignedKpis().contains(kpiId)) {
            Set<KpiId> aligned = new HashSet<>(objective.alignedKpis());
            aligned.add(kpiId);
            objectives.update(objective.withAlignedKpis(aligned));
        }
    }

    @Override
    public void unlink(ObjectiveId objectiveId, KpiId kpiId) {
        objectives.findById(objectiveId).filter(o -> o.alignedKpis().contains(kpiId)).ifPresent(objective -> {
            Set<KpiId> aligned = new HashSet<>(objective.alignedKpis());
            aligned.remove(kpiId);
            objectives.update(objective.withAlignedKpis(aligned));
        });
    }

    @Override
    public List<KpiAlignment> findByObjectiveIds(Collection<ObjectiveId> objectiveIds) {
        return alignments(objectives.findByIds(objectiveIds), null);
    }

    @Override
    public List<KpiAlignment> findByKpiIds(Collection<KpiId> kpiIds) {
        Set<KpiId> wanted = Set.copyOf(kpiIds);
        Map<ObjectiveId, Objective> found = new LinkedHashMap<>();
        List<KpiId> ordered = wanted.stream().sorted(Comparator.comparingLong(KpiId::value)).toList();
        for (int from = 0; from < ordered.size(); from += AoIds.IN_LIST_LIMIT) {
            List<KpiId> chunk = ordered.subList(from, Math.min(ordered.size(), from + AoIds.IN_LIST_LIMIT));
            String criteria = String.join(" OR ", Collections.nCopies(chunk.size(), "ALIGNED_KPIS LIKE ?"));
            Object[] patterns = chunk.stream().map(id -> AoIds.containing(id.value())).toArray();
            for (AoObjective row : ao.find(AoObjective.class, Query.select().where(criteria, patterns))) {
                Objective objective = AoObjectiveRepository.toObjective(row);
                found.put(objective.id(), objective);
            }
        }
        return alignments(found.values(), wanted);
    }

    @Override
    public void deleteByKpiId(KpiId kpiId) {
        AoConcurrency.retrying(ao, "KPI " + kpiId.value(), () -> {
            for (KpiAlignment alignment : findByKpiIds(List.of(kpiId))) {
                unlink(alignment.objectiveId(), kpiId);
            }
            return null;
        });
    }

    private static List<KpiAlignment> alignments(Collection<Objective> objectives, Set<KpiId> only) {
        List<KpiAlignment> alignments = new ArrayList<>();
        for (Objective objective : objectives) {
            for (KpiId kpi : objective.alignedKpis()) {
                if (only == null || only.contains(kpi)) {
                    alignments.add(new KpiAlignment(objective.id(), kpi));
                }
            }
        }
        alignments.sort(ORDER);
        return alignments;
    }
}
