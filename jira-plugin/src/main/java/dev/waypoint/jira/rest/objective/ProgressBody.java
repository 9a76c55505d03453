package dev.waypoint.jira.rest.objective;

import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;

/**
 * A progress as the API shows it.
 *
 * @param unclamped the raw progress (above 1: over-achieved; below 0: moved the wrong way); {@code null} if unknown
 * @param clamped   the progress within 0-1 that scores and grades use; {@code null} if unknown
 * @param warning   why it is unknown or deserves a look ({@code NO_VALUE}, {@code NO_ISSUES},
 *                  {@code NOTHING_TO_ROLL_UP}); {@code null} for none
 */
public record ProgressBody(Double unclamped, Double clamped, ProgressWarning warning) {

    public static ProgressBody of(Progress progress) {
        return progress == null ? null : new ProgressBody(progress.unclamped(), progress.clamped(),
                progress.warning());
    }
}
