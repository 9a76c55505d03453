package dev.waypoint.jira.rest.checkin;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /key-results/{id}/check-ins}. At least one of value, milestones, confidence and comment.
 *
 * @param value         the current value; only for MANUAL METRIC and THRESHOLD key results; finite, within ±1e15
 * @param milestones    MILESTONE only: the done state of each milestone in order (one state without a checklist)
 * @param confidence    optional whole number 0-10
 * @param comment       optional, at most 4,000 characters
 * @param effectiveDate optional ISO date inside the cycle and not in the future (back-dating); default today, or the
 *                      cycle's last day once it has ended
 */
public record CheckInRequest(Double value, List<Boolean> milestones, Integer confidence, String comment,
        LocalDate effectiveDate) {
}
