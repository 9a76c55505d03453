package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.progress.OkrReadRepository;
import dev.waypoint.shared.ProjectKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;

/**
 * The project page's bulk read on Active Objects: one statement per table (objectives, key results, check-ins,
 * initiative counts), IN lists chunked at 1,000, whatever the size of the cycle. Entities are {@code @Preload}ed, so
 * reading a row's fields costs no further statement. The formats of bound KPIs: one statement on the KPI table that
 * reads three columns.
 */
public final class AoOkrReadRepository implements OkrReadRepository {

    private final ActiveObjects ao;
    private final AoCheckInRepository checkIns;
    private final AoInitiativeRepository initiatives;
    private final AoKeyResultRepository keyResults;

    public AoOkrReadRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
        this.checkIns = new AoCheckInRepository(ao);
        this.initiatives = new AoInitiativeRepository(ao);
        this.keyResults = new AoKeyResultRepository(ao);
    }

    @Override
    public CycleSnapshot loadCycle(CycleId cycleId, ProjectKey project) {
        List<Objective> objectives = new ArrayList<>();
        if (!AoIds.isStorable(cycleId.value())) {
            return CycleSnapshot.of(cycleId, project, objectives, List.of(), List.of(), Map.of());
        }
        for (AoObjective row : ao.find(AoObjective.class, Query.select()
                .where("CYCLE_ID = ? AND (PROJECT_KEY = ? OR OBJ_LEVEL = ?)", (int) cycleId.value(),
                        project.value(), ObjectiveLevel.COMPANY.name()))) {
            objectives.add(AoObjectiveRepository.toObjective(row));
        }
        List<KeyResult> keyResultsOfCycle = keyResults.findByObjectiveIds(
                objectives.stream().map(Objective::id).toList());
        List<KeyResultId> keyResultIds = keyResultsOfCycle.stream().map(KeyResult::id).toList();
        List<CheckIn> history = checkIns.findByKeyResultIds(keyResultIds);
        Map<KeyResultId, Integer> counts = initiatives.countByKeyResultIds(keyResultIds);
        return CycleSnapshot.of(cycleId, project, objectives, keyResultsOfCycle, history, counts);
    }

    @Override
    public Map<KpiId, KpiValueFormat> kpiFormats(Collection<KpiId> kpiIds) {
        Map<KpiId, KpiValueFormat> formats = new HashMap<>();
        for (List<Object> chunk : AoIds.chunks(kpiIds, KpiId::value, true)) {
            ao.stream(AoKpi.class, Query.select("ID, FORMAT, UNIT").where(AoIds.in("ID", chunk.size()),
                    chunk.toArray()), row -> {
                        KpiId id = new KpiId(row.getID());
                        formats.put(id, new KpiValueFormat(id, KpiFormat.valueOf(row.getFormat()), row.getUnit()));
                    });
        }
        return formats;
    }
}
