package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.scoring.DataPoint;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A key result's check-ins as its viewer may see them, oldest first (effective date, then when recorded), with what the
 * history chart draws: the value per day against the target and the expected pace.
 *
 * @param canCheckIn whether the viewer may record check-ins of this key result
 * @param hidden     whether the key result's values come from issues or KPIs the viewer may not see: then there are
 *                   no check-ins, values or lines here (DESIGN §5, the disclosure rule)
 * @param authors    the display names of the check-ins' authors; authors the host no longer knows are absent
 * @param cycle      the key result's cycle (the chart's time axis)
 * @param values     the value of each day that has one (the day's last; milestones and linked issues as the fraction
 *                   done), manual and computed alike, up to today
 * @param expected   the expected-pace line in the key result's own values: from the baseline on the cycle's first day
 *                   to the target on its last (METRIC), from 0 to 1 (MILESTONE, ISSUES); empty for THRESHOLD, whose
 *                   bounds are in its measure
 * @param changeable the check-ins the viewer may correct or delete (their own, or anyone's as an administrator)
 */
public record CheckInHistory(KeyResultId keyResultId, boolean canCheckIn, boolean hidden, List<CheckIn> checkIns,
        Map<UserKey, String> authors, Cycle cycle, List<DataPoint> values, List<DataPoint> expected,
        Set<CheckInId> changeable) {

    public CheckInHistory {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        checkIns = List.copyOf(checkIns);
        authors = Map.copyOf(authors);
        values = List.copyOf(values);
        expected = List.copyOf(expected);
        changeable = Set.copyOf(changeable);
    }
}
