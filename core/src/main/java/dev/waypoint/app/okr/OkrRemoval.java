package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultContents;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.ObjectiveContents;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What goes with deleted objectives and key results: the key results of an objective, and the check-ins,
 * initiatives and refresh states of a key result. Callers run it inside their transaction, after validating.
 */
public final class OkrRemoval implements ObjectiveContents, KeyResultContents {

    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final InitiativeRepository initiatives;
    private final KeyResultRefreshStatusRepository statuses;

    public OkrRemoval(KeyResultRepository keyResults, CheckInRepository checkIns, InitiativeRepository initiatives,
            KeyResultRefreshStatusRepository statuses) {
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.statuses = Objects.requireNonNull(statuses, "'statuses' must not be null");
    }

    @Override
    public void deleteContentsOf(ObjectiveId objective) {
        List<KeyResultId> ids = keyResults.findByObjectiveIds(List.of(objective)).stream().map(KeyResult::id)
                .toList();
        if (!ids.isEmpty()) {
            deleteContentsOf(ids);
            keyResults.deleteByIds(ids);
        }
    }

    @Override
    public void deleteContentsOf(Collection<KeyResultId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        checkIns.deleteByKeyResultIds(ids);
        initiatives.deleteByKeyResultIds(ids);
        statuses.deleteByKeyResultIds(ids);
    }
}
