package dev.waypoint.progress;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressForecast;
import java.util.Objects;

/**
 * A key result as the project page shows it.
 *
 * @param latestCheckIn    {@code null} without check-in
 * @param latestConfidence {@code null} when no check-in gave one
 * @param forecast         {@code null} with fewer than 2 values on 2 days
 */
public record KeyResultStatus(KeyResult keyResult, Progress progress, PaceStatus pace, CheckIn latestCheckIn,
        Integer latestConfidence, ProgressForecast forecast, int initiativeCount) {

    public KeyResultStatus {
        Objects.requireNonNull(keyResult, "'keyResult' must not be null");
        Objects.requireNonNull(progress, "'progress' must not be null");
        Objects.requireNonNull(pace, "'pace' must not be null");
    }
}
