package dev.waypoint.jira.rest.checkin;

import java.util.List;
import java.util.Map;

/**
 * The full history of a key result's check-ins, oldest first (effective date, then when recorded).
 *
 * @param canCheckIn whether the caller may record and delete check-ins of this key result
 * @param hidden     whether the key result's values come from issues or KPIs the caller may not see: then there are
 *                   no check-ins (DESIGN §5)
 * @param authors    the display names of the check-ins' authors, by user key; authors Jira no longer knows are absent
 */
public record CheckInHistoryResponse(long keyResultId, boolean canCheckIn, boolean hidden,
        List<CheckInResponse> checkIns,
        Map<String, String> authors) {

    public CheckInHistoryResponse {
        checkIns = List.copyOf(checkIns);
        authors = Map.copyOf(authors);
    }
}
