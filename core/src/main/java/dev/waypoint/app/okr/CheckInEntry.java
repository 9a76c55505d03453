package dev.waypoint.app.okr;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user enters for a check-in, as raw input (see {@link dev.waypoint.checkin.RecordCheckIn} for the rules); the
 * author is the current user.
 */
public record CheckInEntry(Double value, List<Boolean> milestones, Integer confidence, String comment,
        LocalDate effectiveDate) {
}
