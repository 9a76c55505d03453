package dev.waypoint.closing;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.Grade;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import dev.waypoint.scoring.ScoringSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What closing a cycle would grade: the cycle's objectives and key results with their progress (objective progress
 * includes contributing child objectives in any cycle) and the check-ins they were computed from.
 *
 * @param dropped unfinished key results of the cycle that the close drops: they are deleted when the cycle closes, so
 *                objective progress (and the suggested grades) leave them out; their own progress is still here
 */
public record GradingPreview(
        Cycle cycle,
        List<Objective> objectives,
        List<KeyResult> keyResults,
        Map<ObjectiveId, Progress> objectiveProgress,
        Map<KeyResultId, Progress> keyResultProgress,
        Map<KeyResultId, List<CheckIn>> checkIns,
        ScoringSettings settings,
        Set<KeyResultId> dropped) {

    private static final Progress UNKNOWN = Progress.unknown(ProgressWarning.NO_VALUE);

    public GradingPreview {
        Objects.requireNonNull(cycle, "'cycle' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        objectives = List.copyOf(objectives);
        keyResults = List.copyOf(keyResults);
        objectiveProgress = Map.copyOf(objectiveProgress);
        keyResultProgress = Map.copyOf(keyResultProgress);
        checkIns = Map.copyOf(checkIns);
        dropped = dropped == null ? Set.of() : Set.copyOf(dropped);
    }

    /** A preview that drops nothing. */
    public GradingPreview(Cycle cycle, List<Objective> objectives, List<KeyResult> keyResults,
            Map<ObjectiveId, Progress> objectiveProgress, Map<KeyResultId, Progress> keyResultProgress,
            Map<KeyResultId, List<CheckIn>> checkIns, ScoringSettings settings) {
        this(cycle, objectives, keyResults, objectiveProgress, keyResultProgress, checkIns, settings, Set.of());
    }

    public boolean isDropped(KeyResultId id) {
        return dropped.contains(id);
    }

    /** The suggested grade of an objective (its clamped progress), or {@code null} when unknown. */
    public Double suggestedGrade(ObjectiveId id) {
        return Grade.suggested(objectiveProgress.getOrDefault(id, UNKNOWN));
    }

    public Progress progressOf(KeyResultId id) {
        return keyResultProgress.getOrDefault(id, UNKNOWN);
    }

    /** The objectives that closing grades: all but the abandoned ones. */
    public List<Objective> gradedObjectives() {
        return objectives.stream().filter(o -> o.state() != ObjectiveState.ABANDONED).toList();
    }

    /** Key results of the cycle whose progress is below 1 or unknown: the candidates for carry-over. */
    public List<KeyResult> unfinishedKeyResults() {
        return keyResults.stream().filter(k -> !progressOf(k.id()).isComplete()).toList();
    }
}
