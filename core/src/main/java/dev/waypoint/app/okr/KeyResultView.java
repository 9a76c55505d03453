package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResult;
import java.util.Objects;

/**
 * A key result as its viewer sees it, with what the viewer may do with it (never anything in a closed cycle).
 *
 * @param canEdit    whether the viewer may change or delete it
 * @param canCheckIn whether the viewer may check in, correct check-ins and link or unlink issues
 */
public record KeyResultView(KeyResult keyResult, boolean canEdit, boolean canCheckIn) {

    public KeyResultView {
        Objects.requireNonNull(keyResult, "'keyResult' must not be null");
    }
}
