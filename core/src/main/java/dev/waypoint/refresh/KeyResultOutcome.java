package dev.waypoint.refresh;

import dev.waypoint.kpi.KpiError;

/**
 * What evaluating an automatic key result gave: a value to record as a REFRESH check-in (which may be {@code null}
 * for an ISSUES key result whose issues add up to 0), or an error (nothing is recorded).
 */
record KeyResultOutcome(Double value, KpiError error, int unestimatedIssues) {

    static KeyResultOutcome value(Double value, int unestimatedIssues) {
        return new KeyResultOutcome(value, null, unestimatedIssues);
    }

    static KeyResultOutcome failed(KpiError error) {
        return new KeyResultOutcome(null, error, 0);
    }
}
