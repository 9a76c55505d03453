package dev.waypoint.progress;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ProjectKey;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the project page needs about one cycle, loaded at once by {@link OkrReadRepository}: the objectives, their
 * key results, every check-in of those key results (history for sparklines, forecasts and THRESHOLD judgement; the
 * refresh job writes at most one value per key result and day, so the series is bounded by the cycle's length plus
 * the manual check-ins) and the number of initiatives per key result. Immutable.
 *
 * @param objectives       ordered by id
 * @param keyResults       ordered by id
 * @param checkIns         per key result, oldest first ({@link CheckIn#CHRONOLOGICAL}); key results without
 *                         check-ins are absent
 * @param initiativeCounts per key result; key results without initiatives are absent
 */
public record CycleSnapshot(
        CycleId cycleId,
        ProjectKey project,
        List<Objective> objectives,
        List<KeyResult> keyResults,
        Map<KeyResultId, List<CheckIn>> checkIns,
        Map<KeyResultId, Integer> initiativeCounts) {

    private static final Comparator<Objective> BY_OBJECTIVE_ID = Comparator.comparingLong(o -> o.id().value());
    private static final Comparator<KeyResult> BY_KEY_RESULT_ID = Comparator.comparingLong(k -> k.id().value());

    public CycleSnapshot {
        Objects.requireNonNull(cycleId, "'cycleId' must not be null");
        Objects.requireNonNull(project, "'project' must not be null");
        objectives = objectives.stream().sorted(BY_OBJECTIVE_ID).toList();
        keyResults = keyResults.stream().sorted(BY_KEY_RESULT_ID).toList();
        Map<KeyResultId, List<CheckIn>> sorted = new HashMap<>();
        checkIns.forEach((id, list) -> sorted.put(id, list.stream().sorted(CheckIn.CHRONOLOGICAL).toList()));
        checkIns = Map.copyOf(sorted);
        initiativeCounts = Map.copyOf(initiativeCounts);
    }

    /** A snapshot from flat rows, as an adapter reads them: check-ins in any order. */
    public static CycleSnapshot of(CycleId cycleId, ProjectKey project, Collection<Objective> objectives,
            Collection<KeyResult> keyResults, Collection<CheckIn> checkIns,
            Map<KeyResultId, Integer> initiativeCounts) {
        return new CycleSnapshot(cycleId, project, List.copyOf(objectives), List.copyOf(keyResults),
                checkIns.stream().collect(Collectors.groupingBy(CheckIn::keyResultId)), initiativeCounts);
    }

    /**
     * The part a viewer may see: only visible objectives and their key results; the check-ins and initiative counts
     * of hidden key results are left out, so nothing downstream can show them.
     */
    public CycleSnapshot visibleTo(Visibility visibility) {
        List<Objective> shown = objectives.stream().filter(visibility.objectives()).toList();
        Set<ObjectiveId> shownIds = shown.stream().map(Objective::id).collect(Collectors.toSet());
        List<KeyResult> theirs = keyResults.stream().filter(k -> shownIds.contains(k.objectiveId())).toList();
        Map<KeyResultId, List<CheckIn>> shownCheckIns = new HashMap<>();
        Map<KeyResultId, Integer> shownCounts = new HashMap<>();
        for (KeyResult keyResult : theirs) {
            if (!visibility.hidden().contains(keyResult.id())) {
                shownCheckIns.put(keyResult.id(), checkInsOf(keyResult.id()));
                initiativeCounts.entrySet().stream().filter(e -> e.getKey().equals(keyResult.id()))
                        .forEach(e -> shownCounts.put(e.getKey(), e.getValue()));
            }
        }
        return new CycleSnapshot(cycleId, project, shown, theirs, shownCheckIns, shownCounts);
    }

    /**
     * This snapshot without the check-ins effective after {@code asOf}: a value dated in the future (carried over into
     * a cycle that has not started, or back-dated wrongly by a host) shows nowhere before its date.
     */
    public CycleSnapshot upTo(LocalDate asOf) {
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        boolean future = checkIns.values().stream().flatMap(List::stream)
                .anyMatch(c -> c.effectiveDate().isAfter(asOf));
        if (!future) {
            return this;
        }
        Map<KeyResultId, List<CheckIn>> upTo = new HashMap<>();
        checkIns.forEach((id, list) -> upTo.put(id, list.stream().filter(c -> !c.effectiveDate().isAfter(asOf))
                .toList()));
        return new CycleSnapshot(cycleId, project, objectives, keyResults, upTo, initiativeCounts);
    }

    public Optional<Objective> objective(ObjectiveId id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public List<KeyResult> keyResultsOf(ObjectiveId objectiveId) {
        return keyResults.stream().filter(k -> k.objectiveId().equals(objectiveId)).toList();
    }

    /** The key result's check-ins, oldest first. */
    public List<CheckIn> checkInsOf(KeyResultId keyResultId) {
        return checkIns.getOrDefault(keyResultId, List.of());
    }

    /** The latest check-in: the last by effective date, then created-at, then id. */
    public Optional<CheckIn> latestCheckIn(KeyResultId keyResultId) {
        List<CheckIn> history = checkInsOf(keyResultId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The confidence of the latest check-in that gave one, or {@code null}. */
    public Integer latestConfidence(KeyResultId keyResultId) {
        return CheckIn.latestConfidence(checkInsOf(keyResultId));
    }

    public int initiativeCount(KeyResultId keyResultId) {
        return initiativeCounts.getOrDefault(keyResultId, 0);
    }

    /** The KPIs that key results of the snapshot take their values from, each once, in key result order. */
    public List<KpiId> boundKpis() {
        return keyResults.stream().map(KeyResult::source).filter(ValueSource.Kpi.class::isInstance)
                .map(source -> ((ValueSource.Kpi) source).kpiId()).distinct().toList();
    }
}
