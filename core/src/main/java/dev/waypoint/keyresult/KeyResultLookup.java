package dev.waypoint.keyresult;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.NotFoundException;

/** Finds a key result together with its objective and cycle, which every write on a key result needs. */
public final class KeyResultLookup {

    /** A key result with the objective and the cycle it belongs to. */
    public record Found(KeyResult keyResult, Objective objective, Cycle cycle) {
    }

    private final KeyResultRepository keyResults;
    private final ObjectiveRepository objectives;
    private final CycleRepository cycles;

    public KeyResultLookup(KeyResultRepository keyResults, ObjectiveRepository objectives, CycleRepository cycles) {
        this.keyResults = keyResults;
        this.objectives = objectives;
        this.cycles = cycles;
    }

    /** @throws NotFoundException if the key result (or, for corrupt data, its objective or cycle) does not exist */
    public Found find(KeyResultId id) {
        KeyResult keyResult = keyResults.findById(id).orElseThrow(() -> new NotFoundException("KeyResult", id));
        Objective objective = objectives.findById(keyResult.objectiveId())
                .orElseThrow(() -> new NotFoundException("Objective", keyResult.objectiveId()));
        Cycle cycle = cycles.findById(objective.cycleId())
                .orElseThrow(() -> new NotFoundException("Cycle", objective.cycleId()));
        return new Found(keyResult, objective, cycle);
    }
}
