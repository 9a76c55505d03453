package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A key result's check-ins as its viewer may see them, oldest first (effective date, then when recorded).
 *
 * @param canCheckIn whether the viewer may record, correct and delete check-ins of this key result
 * @param hidden     whether the key result's values come from issues or KPIs the viewer may not see: then there are
 *                   no check-ins here (DESIGN §5, the disclosure rule)
 * @param authors    the display names of the check-ins' authors; authors the host no longer knows are absent
 */
public record CheckInHistory(KeyResultId keyResultId, boolean canCheckIn, boolean hidden, List<CheckIn> checkIns,
        Map<UserKey, String> authors) {

    public CheckInHistory {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        checkIns = List.copyOf(checkIns);
        authors = Map.copyOf(authors);
    }
}
