package dev.waypoint.checkin;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.UserKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Record a check-in on a key result. Raw user input except for the ids and the author, which the adapter supplies.
 * At least one of value, milestones, confidence and comment must be given.
 *
 * @param value         the current value; only for MANUAL METRIC and THRESHOLD key results
 * @param milestones    the done state of each milestone (one state without a checklist); only for MILESTONE
 * @param confidence    0-10, optional
 * @param comment       at most 4,000 characters, optional
 * @param effectiveDate inside the cycle and not in the future; {@code null}: today, or the cycle's last day once it
 *                      has ended
 * @param author        the acting user
 */
public record RecordCheckIn(KeyResultId keyResultId, Double value, List<Boolean> milestones, Integer confidence,
        String comment, LocalDate effectiveDate, UserKey author) {

    public RecordCheckIn {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        Objects.requireNonNull(author, "'author' must not be null");
    }
}
