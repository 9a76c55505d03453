package dev.waypoint.progress;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressForecast;
import dev.waypoint.scoring.ProgressWarning;
import java.util.Objects;

/**
 * A key result as the project page shows it.
 *
 * @param latestCheckIn    {@code null} without check-in
 * @param latestConfidence {@code null} when no check-in gave one
 * @param forecast         {@code null} with fewer than 2 values on 2 days
 * @param hidden           its values derive from issues or KPIs the viewer may not see: title only, no numbers
 */
public record KeyResultStatus(KeyResult keyResult, Progress progress, PaceStatus pace, CheckIn latestCheckIn,
        Integer latestConfidence, ProgressForecast forecast, int initiativeCount, boolean hidden) {

    /** A key result the viewer sees with its numbers. */
    public KeyResultStatus(KeyResult keyResult, Progress progress, PaceStatus pace, CheckIn latestCheckIn,
            Integer latestConfidence, ProgressForecast forecast, int initiativeCount) {
        this(keyResult, progress, pace, latestCheckIn, latestConfidence, forecast, initiativeCount, false);
    }

    /** A key result the viewer sees by its title only (DESIGN §5): no progress, pace, value, forecast or count. */
    public static KeyResultStatus hidden(KeyResult keyResult) {
        return new KeyResultStatus(keyResult, Progress.unknown(ProgressWarning.HIDDEN), PaceStatus.UNKNOWN, null,
                null, null, 0, true);
    }

    public KeyResultStatus {
        Objects.requireNonNull(keyResult, "'keyResult' must not be null");
        Objects.requireNonNull(progress, "'progress' must not be null");
        Objects.requireNonNull(pace, "'pace' must not be null");
    }
}
