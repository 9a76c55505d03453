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
import dev.waypoint.progress.Visibility;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import dev.waypoint.scoring.Rollup;
import dev.waypoint.scoring.ScoringSettingsSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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

    /** Everything, as closing the cycle grades it. */
    public GradingPreview preview(Cycle cycle) {
        return preview(cycle, (objectives, keyResults) -> Visibility.ALL, Set.of());
    }

    /**
     * The preview of a close that drops {@code dropped}: those of the cycle's own key results leave the objectives'
     * progress (they are deleted at close); ids of other key results are ignored here (the close validates them).
     */
    public GradingPreview preview(Cycle cycle, Collection<KeyResultId> dropped) {
        return preview(cycle, (objectives, keyResults) -> Visibility.ALL, dropped);
    }

    /**
     * As one viewer may see it: only the objectives they may see, and hidden key results counted nowhere (their
     * progress is unknown), {@code rule} deciding on the loaded objectives and key results.
     */
    public GradingPreview preview(Cycle cycle, BiFunction<List<Objective>, List<KeyResult>, Visibility> rule) {
        return preview(cycle, rule, Set.of());
    }

    /** As one viewer may see it ({@code rule}), for a close that drops {@code dropped}. */
    public GradingPreview preview(Cycle cycle, BiFunction<List<Objective>, List<KeyResult>, Visibility> rule,
            Collection<KeyResultId> dropped) {
        List<Objective> loaded = withDescendants(objectives.findByCycleIds(List.of(cycle.id())));
        List<KeyResult> loadedKeyResults = keyResults.findByObjectiveIds(ids(loaded));
        Visibility visibility = rule.apply(loaded, loadedKeyResults);
        List<Objective> all = loaded.stream().filter(visibility.objectives()).toList();
        Set<ObjectiveId> allIds = new HashSet<>(ids(all));
        List<Objective> own = all.stream().filter(o -> o.cycleId().equals(cycle.id())).toList();
        List<KeyResult> allKeyResults = loadedKeyResults.stream().filter(k -> allIds.contains(k.objectiveId()))
                .toList();
        List<KeyResultId> shown = allKeyResults.stream().map(KeyResult::id)
                .filter(id -> !visibility.hidden().contains(id)).toList();
        Map<KeyResultId, List<CheckIn>> history = shown.isEmpty() ? Map.of() : checkIns.findByKeyResultIds(shown)
                .stream().collect(Collectors.groupingBy(CheckIn::keyResultId));
        Map<KeyResultId, Progress> keyResultProgress = new HashMap<>();
        for (KeyResult keyResult : allKeyResults) {
            keyResultProgress.put(keyResult.id(), visibility.hidden().contains(keyResult.id())
                    ? Progress.unknown(ProgressWarning.HIDDEN)
                    : KeyResultProgress.fromCheckIns(keyResult.measure(),
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
