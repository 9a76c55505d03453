package dev.waypoint.progress;

import dev.waypoint.objective.Objective;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import java.util.List;
import java.util.Objects;

/**
 * An objective as the project page shows it, with its key results.
 *
 * @param context true for a COMPANY objective shown on a project page for alignment: its progress counts only the
 *                key results and contributing objectives of this page, not those of other projects
 * @param keyResultsCounted how many of its key results its progress counts: those the viewer sees with their
 *                          numbers ("2 of 3 key results" when one is hidden)
 */
public record ObjectiveStatus(Objective objective, Progress progress, PaceStatus pace, boolean context,
        List<KeyResultStatus> keyResults, int keyResultsCounted) {

    /** An objective whose key results are all counted. */
    public ObjectiveStatus(Objective objective, Progress progress, PaceStatus pace, boolean context,
            List<KeyResultStatus> keyResults) {
        this(objective, progress, pace, context, keyResults, keyResults.size());
    }

    /** How many key results it has, hidden ones included. */
    public int keyResultsTotal() {
        return keyResults.size();
    }

    public ObjectiveStatus {
        Objects.requireNonNull(objective, "'objective' must not be null");
        Objects.requireNonNull(progress, "'progress' must not be null");
        Objects.requireNonNull(pace, "'pace' must not be null");
        keyResults = List.copyOf(keyResults);
    }
}
