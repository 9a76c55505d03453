package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;

/**
 * A progress.
 *
 * @param value     clamped to 0-1, what scoring uses; {@code null} when unknown
 * @param unclamped shows over-achievement above 1 and moving the wrong way below 0; {@code null} when unknown
 * @param warning   why it is unknown, or what deserves a second look; {@code null} for none
 */
public record ProgressJson(Double value, Double unclamped, ProgressWarning warning) {

    public static ProgressJson of(Progress progress) {
        return progress == null ? null : new ProgressJson(progress.clamped(), progress.unclamped(),
                progress.warning());
    }
}
