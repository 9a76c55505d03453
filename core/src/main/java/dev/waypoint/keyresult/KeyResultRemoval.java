package dev.waypoint.keyresult;

import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.objective.ObjectiveId;
import java.util.Collection;
import java.util.List;

/**
 * Deletes key results with everything that hangs on them (check-ins, initiatives). Callers run it inside their
 * transaction, after validating.
 */
public final class KeyResultRemoval {

    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final InitiativeRepository initiatives;

    public KeyResultRemoval(KeyResultRepository keyResults, CheckInRepository checkIns,
            InitiativeRepository initiatives) {
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.initiatives = initiatives;
    }

    public void deleteKeyResults(Collection<KeyResultId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        checkIns.deleteByKeyResultIds(ids);
        initiatives.deleteByKeyResultIds(ids);
        keyResults.deleteByIds(ids);
    }

    public void deleteKeyResultsOf(ObjectiveId objectiveId) {
        deleteKeyResults(keyResults.findByObjectiveIds(List.of(objectiveId)).stream().map(KeyResult::id).toList());
    }
}
