package dev.waypoint.progress;

import dev.waypoint.objective.Objective;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import java.util.List;
import java.util.Objects;

/**
 * An objective as the project page shows it, with its key results.
 *
 * @param context           true for a COMPANY objective shown on a project page for alignment
 * @param keyResultsCounted how many key results its progress counts: those the viewer sees with their numbers ("2 of
 *                          3 key results" when one is hidden)
 * @param keyResultsTotal   how many key results its progress is about, hidden ones included: its own, or for a
 *                          company objective measured company-wide those of every objective below it the viewer sees
 */
public record ObjectiveStatus(Objective objective, Progress progress, PaceStatus pace, boolean context,
        List<KeyResultStatus> keyResults, int keyResultsCounted, int keyResultsTotal) {

    /** An objective whose key results are all counted. */
    public ObjectiveStatus(Objective objective, Progress progress, PaceStatus pace, boolean context,
            List<KeyResultStatus> keyResults) {
        this(objective, progress, pace, context, keyResults, keyResults.size(), keyResults.size());
    }

    /** An objective whose progress is about its own key results, of which {@code keyResultsCounted} count. */
    public ObjectiveStatus(Objective objective, Progress progress, PaceStatus pace, boolean context,
            List<KeyResultStatus> keyResults, int keyResultsCounted) {
        this(objective, progress, pace, context, keyResults, keyResultsCounted, keyResults.size());
    }

    public ObjectiveStatus {
        Objects.requireNonNull(objective, "'objective' must not be null");
        Objects.requireNonNull(progress, "'progress' must not be null");
        Objects.requireNonNull(pace, "'pace' must not be null");
        keyResults = List.copyOf(keyResults);
        if (keyResultsCounted < 0 || keyResultsCounted > keyResultsTotal) {
            throw new IllegalArgumentException("'keyResultsCounted' must be within 0-" + keyResultsTotal);
        }
    }

    /** This status with the progress, pace and counts of a roll-up over more than this page shows. */
    public ObjectiveStatus rolledUp(Progress newProgress, PaceStatus newPace, int counted, int total) {
        return new ObjectiveStatus(objective, newProgress, newPace, context, keyResults, counted, total);
    }
}
