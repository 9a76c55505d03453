package dev.waypoint.jira.rest.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The full history of a key result's check-ins, oldest first (effective date, then when recorded).
 *
 * @param canCheckIn whether the caller may record and delete check-ins of this key result
 * @param hidden     whether the key result's values come from issues or KPIs the caller may not see: then there are
 *                   no check-ins (DESIGN §5)
 * @param authors    the display names of the check-ins' authors, by user key; authors Jira no longer knows are absent
 * @param changeable the ids of the check-ins the caller may correct ({@code PUT}) or delete: their own, or anyone's
 *                   as an administrator; never values of the refresh job
 * @param cycleStart the first day of the key result's cycle (the chart's time axis)
 * @param cycleEnd   its last day
 * @param values     the value of each day that has one (the day's last; milestones as the fraction done), manual
 *                   and computed alike, for the chart; none when hidden
 * @param expected   the expected-pace line in the key result's values (baseline to target, or 0 to 1 done); empty
 *                   for THRESHOLD and when hidden
 */
public record CheckInHistoryResponse(long keyResultId, boolean canCheckIn, boolean hidden,
        List<CheckInResponse> checkIns, Map<String, String> authors, List<Long> changeable, LocalDate cycleStart,
        LocalDate cycleEnd, List<Point> values, List<Point> expected) {

    public CheckInHistoryResponse {
        checkIns = List.copyOf(checkIns);
        authors = Map.copyOf(authors);
        changeable = List.copyOf(changeable);
        values = List.copyOf(values);
        expected = List.copyOf(expected);
    }

    /** One value of the chart on a day. */
    public record Point(LocalDate date, double value) {
    }
}
