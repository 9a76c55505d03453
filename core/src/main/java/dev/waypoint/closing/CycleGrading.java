package dev.waypoint.closing;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.Rollup;
import dev.waypoint.scoring.ScoringSettingsSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes a {@link GradingPreview}: loads the cycle's objectives, their descendants in any cycle (level by level,
 * so the number of queries grows with the depth of the alignment tree, never with its size), their key results and
 * check-ins, and applies the formulas of {@code dev.waypoint.scoring}.
 */
public final class CycleGrading {

    /** Deepest alignment tree followed below the cycle's objectives. */
    static final int MAX_DEPTH = 20;

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final ScoringSettingsSource settings;

    public CycleGrading(ObjectiveRepository objectives, KeyResultRepository keyResults, CheckInRepository checkIns,
            ScoringSettingsSource settings) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.settings = settings;
    }

    public GradingPreview preview(Cycle cycle) {
        return preview(cycle, Set.of());
    }

    /**
     * The preview of a close that drops {@code dropped}: those of the cycle's own key results leave the objectives'
     * progress (they are deleted at close); ids of other key results are ignored here (the close validates them).
     */
    public GradingPreview preview(Cycle cycle, Collection<KeyResultId> dropped) {
        List<Objective> own = objectives.findByCycleIds(List.of(cycle.id()));
        List<Objective> all = withDescendants(own);
        List<KeyResult> allKeyResults = keyResults.findByObjectiveIds(ids(all));
        Map<KeyResultId, List<CheckIn>> history = checkIns
                .findByKeyResultIds(allKeyResults.stream().map(KeyResult::id).toList()).stream()
                .collect(Collectors.groupingBy(CheckIn::keyResultId));
        Map<KeyResultId, Progress> keyResultProgress = new HashMap<>();
        for (KeyResult keyResult : allKeyResults) {
            keyResultProgress.put(keyResult.id(), KeyResultProgress.fromCheckIns(keyResult.measure(),
                    history.getOrDefault(keyResult.id(), List.of())));
        }
        Set<ObjectiveId> ownIds = new HashSet<>(ids(own));
        List<KeyResult> ownKeyResults = allKeyResults.stream().filter(k -> ownIds.contains(k.objectiveId())).toList();
        Set<KeyResultId> droppedHere = new HashSet<>(dropped);
        droppedHere.retainAll(ownKeyResults.stream().map(KeyResult::id).collect(Collectors.toSet()));
        List<KeyResult> counted = allKeyResults.stream().filter(k -> !droppedHere.contains(k.id())).toList();
        Map<ObjectiveId, Progress> objectiveProgress = Rollup.objectives(all, counted, keyResultProgress);
        return new GradingPreview(cycle, own, ownKeyResults, objectiveProgress, keyResultProgress, history,
                settings.current(), droppedHere);
    }

    private List<Objective> withDescendants(List<Objective> own) {
        List<Objective> all = new ArrayList<>(own);
        Set<ObjectiveId> seen = new HashSet<>(ids(own));
        List<ObjectiveId> frontier = ids(own);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<Objective> children = objectives.findByParentIds(frontier).stream()
                    .filter(child -> seen.add(child.id())).toList();
            all.addAll(children);
            frontier = ids(children);
        }
        return all;
    }

    private static List<ObjectiveId> ids(List<Objective> objectives) {
        return objectives.stream().map(Objective::id).toList();
    }
}
