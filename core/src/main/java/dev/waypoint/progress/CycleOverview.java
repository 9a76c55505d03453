package dev.waypoint.progress;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.scoring.Forecast;
import dev.waypoint.scoring.Grade;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Pace;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import dev.waypoint.scoring.Rollup;
import dev.waypoint.scoring.ScoringSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One cycle of one project with every number the page shows: progress, pace and forecast per key result, and progress
 * and pace per objective (key results' confidence does not change an objective's pace). Built from a
 * {@link CycleSnapshot} by a pure function, so it costs no query beyond the snapshot's.
 *
 * @param snapshot         what the viewer sees, without values dated after {@code asOf}
 * @param expectedProgress the elapsed fraction of the cycle at the end of {@code asOf}
 * @param objectives       ordered by id; the tree follows from {@code parentId}
 * @param settings         the admin's scoring settings the numbers were computed with (pace margins, grade bands)
 */
public record CycleOverview(Cycle cycle, CycleSnapshot snapshot, LocalDate asOf, double expectedProgress,
        List<ObjectiveStatus> objectives, ScoringSettings settings) {

    public CycleOverview {
        Objects.requireNonNull(cycle, "'cycle' must not be null");
        Objects.requireNonNull(snapshot, "'snapshot' must not be null");
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        objectives = List.copyOf(objectives);
    }

    /** The colour band of an objective's final grade, or {@code null} while it has none (DESIGN §3 "Grade at close"). */
    public GradeBand gradeBand(Objective objective) {
        return objective.grade() == null ? null : Grade.band(objective.grade().score(), settings);
    }

    /**
     * This overview with some objectives' statuses replaced (by objective id), e.g. company objectives whose progress
     * is computed company-wide rather than over this page's part of their tree.
     */
    public CycleOverview withStatuses(Map<ObjectiveId, ObjectiveStatus> replaced) {
        return new CycleOverview(cycle, snapshot, asOf, expectedProgress, objectives.stream()
                .map(o -> replaced.getOrDefault(o.objective().id(), o)).toList(), settings);
    }

    public static CycleOverview of(Cycle cycle, CycleSnapshot snapshot, ScoringSettings settings, LocalDate asOf) {
        return of(cycle, snapshot, settings, asOf, Visibility.ALL);
    }

    /**
     * The overview as one viewer may see it: only the objectives they may see, hidden key results by title only, and
     * every progress, pace and forecast computed over what they see ({@link Visibility}). The overview's snapshot is
     * the visible part ({@link CycleSnapshot#visibleTo}).
     */
    public static CycleOverview of(Cycle cycle, CycleSnapshot full, ScoringSettings settings, LocalDate asOf,
            Visibility visibility) {
        CycleSnapshot snapshot = full.visibleTo(visibility).upTo(asOf);
        if (!cycle.id().equals(snapshot.cycleId())) {
            throw new IllegalArgumentException("snapshot of cycle " + snapshot.cycleId() + " for cycle " + cycle.id());
        }
        double expected = Pace.expected(cycle.start(), cycle.end(), asOf);
        Map<KeyResultId, KeyResultStatus> keyResults = new HashMap<>();
        Map<KeyResultId, Progress> keyResultProgress = new HashMap<>();
        for (KeyResult keyResult : snapshot.keyResults()) {
            KeyResultStatus status = visibility.hidden().contains(keyResult.id()) ? KeyResultStatus.hidden(keyResult)
                    : keyResultStatus(keyResult, snapshot, cycle, settings, expected);
            keyResults.put(keyResult.id(), status);
            keyResultProgress.put(keyResult.id(), status.progress());
        }
        Map<ObjectiveId, Progress> progress = Rollup.objectives(snapshot.objectives(), snapshot.keyResults(),
                keyResultProgress);
        List<ObjectiveStatus> objectives = new ArrayList<>();
        for (Objective objective : snapshot.objectives()) {
            Progress p = progress.getOrDefault(objective.id(), Progress.unknown(ProgressWarning.NOTHING_TO_ROLL_UP));
            List<KeyResultStatus> own = snapshot.keyResultsOf(objective.id()).stream().map(k -> keyResults.get(k.id()))
                    .toList();
            objectives.add(new ObjectiveStatus(objective, p, Pace.status(p, expected, null, settings),
                    objective.level() == ObjectiveLevel.COMPANY, own,
                    (int) own.stream().filter(k -> !k.hidden()).count()));
        }
        return new CycleOverview(cycle, snapshot, asOf, expected, objectives, settings);
    }

    private static KeyResultStatus keyResultStatus(KeyResult keyResult, CycleSnapshot snapshot, Cycle cycle,
            ScoringSettings settings, double expected) {
        var history = snapshot.checkInsOf(keyResult.id());
        Progress progress = KeyResultProgress.fromCheckIns(keyResult.measure(), history);
        Integer confidence = snapshot.latestConfidence(keyResult.id());
        return new KeyResultStatus(keyResult, progress, Pace.status(progress, expected, confidence, settings),
                snapshot.latestCheckIn(keyResult.id()).orElse(null), confidence,
                Forecast.progress(keyResult.measure(), history, cycle.end()).orElse(null),
                snapshot.initiativeCount(keyResult.id()));
    }
}
