package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResult;
import java.util.Objects;

/**
 * A key result as its viewer sees it, with what the viewer may do with it (never anything in a closed cycle).
 *
 * @param canEdit    whether the viewer may change or delete it
 * @param canCheckIn whether the viewer may check in, correct check-ins and link or unlink issues
 * @param hidden     its values derive from issues or KPIs the viewer may not see: its measure and source details
 *                   must not be shown (DESIGN §5)
 */
public record KeyResultView(KeyResult keyResult, boolean canEdit, boolean canCheckIn, boolean hidden) {

    public KeyResultView {
        Objects.requireNonNull(keyResult, "'keyResult' must not be null");
    }
}
