package dev.waypoint.refresh;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiError;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of the latest refresh of an automatic key result (JQL or KPI source, or ISSUES measure). The value
 * itself is stored as a REFRESH check-in; this keeps what a check-in cannot hold: when the key result was last
 * evaluated (for due-ness), why it failed, and data-quality facts for the insights.
 *
 * @param error             {@code null} when the refresh recorded a value
 * @param unestimatedIssues linked issues (with epic children) without story points; 0 unless ISSUES
 */
public record KeyResultRefreshStatus(KeyResultId keyResultId, Instant at, KpiError error, int unestimatedIssues) {

    public KeyResultRefreshStatus {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        Objects.requireNonNull(at, "'at' must not be null");
        if (unestimatedIssues < 0) {
            throw new IllegalArgumentException("'unestimatedIssues' must be >= 0, was " + unestimatedIssues);
        }
    }
}
