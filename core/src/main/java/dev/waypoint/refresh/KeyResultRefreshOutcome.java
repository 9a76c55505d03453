package dev.waypoint.refresh;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiError;
import java.util.List;
import java.util.Map;

/**
 * What a refresh run did with the automatic key results.
 *
 * @param refreshed key results that got a REFRESH check-in
 * @param failed    key results that got an error status, with the error
 * @param left      due key results not reached because the time budget was used up
 */
public record KeyResultRefreshOutcome(List<KeyResultId> refreshed, Map<KeyResultId, KpiError> failed,
        List<KeyResultId> left) {

    public static final KeyResultRefreshOutcome NONE = new KeyResultRefreshOutcome(List.of(), Map.of(), List.of());

    public KeyResultRefreshOutcome {
        refreshed = List.copyOf(refreshed);
        failed = Map.copyOf(failed);
        left = List.copyOf(left);
    }
}
