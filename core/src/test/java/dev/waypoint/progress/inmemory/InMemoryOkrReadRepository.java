package dev.waypoint.progress.inmemory;

import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.progress.OkrReadRepository;
import dev.waypoint.shared.ProjectKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * In-memory {@link OkrReadRepository} over the other repositories (one call per repository, like the 4 queries of an
 * AO implementation), and over a KPI repository for the formats of bound KPIs. A test fake shared through core's
 * test-jar.
 */
public final class InMemoryOkrReadRepository implements OkrReadRepository {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final InitiativeRepository initiatives;
    private final KpiRepository kpis;

    public InMemoryOkrReadRepository(ObjectiveRepository objectives, KeyResultRepository keyResults,
            CheckInRepository checkIns, InitiativeRepository initiatives, KpiRepository kpis) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.initiatives = initiatives;
        this.kpis = kpis;
    }

    @Override
    public CycleSnapshot loadCycle(CycleId cycleId, ProjectKey project) {
        List<Objective> found = objectives.findByCycleIds(List.of(cycleId)).stream()
                .filter(o -> project.equals(o.project()) || o.level() == ObjectiveLevel.COMPANY)
                .toList();
        List<KeyResult> foundKeyResults = keyResults.findByObjectiveIds(found.stream().map(Objective::id).toList());
        List<KeyResultId> ids = foundKeyResults.stream().map(KeyResult::id).toList();
        return CycleSnapshot.of(cycleId, project, found, foundKeyResults, checkIns.findByKeyResultIds(ids),
                initiatives.countByKeyResultIds(ids));
    }

    @Override
    public Map<KpiId, KpiValueFormat> kpiFormats(Collection<KpiId> kpiIds) {
        return kpis.findByIds(kpiIds).stream().map(KpiValueFormat::of)
                .collect(Collectors.toMap(KpiValueFormat::kpiId, Function.identity(), (a, b) -> a));
    }
}
