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
 */
public record ObjectiveStatus(Objective objective, Progress progress, PaceStatus pace, boolean context,
        List<KeyResultStatus> keyResults) {

    public ObjectiveStatus {
        Objects.requireNonNull(objective, "'objective' must not be null");
        Objects.requireNonNull(progress, "'progress' must not be null");
        Objects.requireNonNull(pace, "'pace' must not be null");
        keyResults = List.copyOf(keyResults);
    }
}
