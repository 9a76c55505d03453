package dev.waypoint.refresh;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.ObjectiveState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The automatic key results of DRAFT or ACTIVE objectives in ACTIVE cycles, from the OKR repositories in three reads
 * (cycles, their objectives, their key results), whatever their number.
 */
public final class ActiveCycleKeyResults implements RefreshableKeyResults {

    private final CycleRepository cycles;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;

    public ActiveCycleKeyResults(CycleRepository cycles, ObjectiveRepository objectives,
            KeyResultRepository keyResults) {
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
    }

    @Override
    public List<RefreshableKeyResult> findAll() {
        List<Cycle> active = cycles.findAll().stream().filter(c -> c.state() == CycleState.ACTIVE).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        Map<ObjectiveId, Objective> live = objectives.findByCycleIds(active.stream().map(Cycle::id).toList()).stream()
                .filter(o -> o.state() == ObjectiveState.DRAFT || o.state() == ObjectiveState.ACTIVE)
                .collect(Collectors.toMap(Objective::id, Function.identity()));
        if (live.isEmpty()) {
            return List.of();
        }
        return keyResults.findByObjectiveIds(live.keySet()).stream()
                .filter(RefreshableKeyResult::isAutomatic)
                .sorted(Comparator.comparingLong(kr -> kr.id().value()))
                .map(kr -> RefreshableKeyResult.of(kr, live.get(kr.objectiveId())))
                .toList();
    }
}
