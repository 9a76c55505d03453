package dev.waypoint.refresh;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one refresh run did, for the job adapter's log and the admin page.
 *
 * @param valuesCompacted KPI values deleted by the daily retention compaction (0 when it did not run)
 * @param stageFailures   failures that stopped a whole stage (e.g. storage unavailable), as "stage: message"
 */
public record RefreshReport(Instant started, Instant finished, KpiRefreshOutcome kpis,
        KeyResultRefreshOutcome keyResults, int valuesCompacted, List<String> stageFailures) {

    public RefreshReport {
        Objects.requireNonNull(started, "'started' must not be null");
        Objects.requireNonNull(finished, "'finished' must not be null");
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        stageFailures = List.copyOf(stageFailures);
    }

    /** Whether due items were left for the next run because the time budget was used up. */
    public boolean hasLeftovers() {
        return !kpis.left().isEmpty() || !keyResults.left().isEmpty();
    }
}
