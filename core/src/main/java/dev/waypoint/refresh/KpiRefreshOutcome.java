package dev.waypoint.refresh;

import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiId;
import java.util.List;
import java.util.Map;

/**
 * What a refresh run did with the KPIs.
 *
 * @param refreshed KPIs that got a value
 * @param failed    KPIs that got an error value (or whose value could not be stored), with the error
 * @param left      due KPIs not reached because the time budget was used up; they wait for the next run
 */
public record KpiRefreshOutcome(List<KpiId> refreshed, Map<KpiId, KpiError> failed, List<KpiId> left) {

    public KpiRefreshOutcome {
        refreshed = List.copyOf(refreshed);
        failed = Map.copyOf(failed);
        left = List.copyOf(left);
    }
}
