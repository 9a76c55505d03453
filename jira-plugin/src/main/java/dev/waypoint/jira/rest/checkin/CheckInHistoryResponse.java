package dev.waypoint.jira.rest.checkin;

import java.util.List;

/**
 * The full history of a key result's check-ins, oldest first (effective date, then when recorded).
 *
 * @param canCheckIn whether the caller may record and delete check-ins of this key result
 */
public record CheckInHistoryResponse(long keyResultId, boolean canCheckIn, List<CheckInResponse> checkIns) {
}
