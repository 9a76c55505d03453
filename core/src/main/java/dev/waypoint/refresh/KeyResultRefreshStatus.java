package dev.waypoint.refresh;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.shared.ProjectKey;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of the latest refresh of an automatic key result (JQL or KPI source, or ISSUES measure). The value
 * itself is stored as a REFRESH check-in; this keeps what a check-in cannot hold: when the key result was last
 * evaluated (for due-ness), why it failed, and data-quality facts for the insights.
 *
 * @param error             {@code null} when the refresh recorded a value
 * @param unestimatedIssues linked issues (with epic children) without story points; 0 unless ISSUES
 * @param projects          the projects of the issues the latest value derives from (the query's projects for a
 *                          JQL source, the linked issues' and their epic children's for ISSUES); a viewer sees the
 *                          value only if they may browse all of them (DESIGN §5)
 */
public record KeyResultRefreshStatus(KeyResultId keyResultId, Instant at, KpiError error, int unestimatedIssues,
        Set<ProjectKey> projects) {

    public KeyResultRefreshStatus(KeyResultId keyResultId, Instant at, KpiError error, int unestimatedIssues) {
        this(keyResultId, at, error, unestimatedIssues, Set.of());
    }

    public KeyResultRefreshStatus {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        Objects.requireNonNull(at, "'at' must not be null");
        projects = projects == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(projects));
        if (unestimatedIssues < 0) {
            throw new IllegalArgumentException("'unestimatedIssues' must be >= 0, was " + unestimatedIssues);
        }
    }
}
