package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.Trend;
import dev.waypoint.kpi.TrendChange;
import dev.waypoint.kpi.TrendLabel;
import java.time.Instant;

/**
 * A KPI's change against 7 and 30 days earlier; either is {@code null} without a value that old.
 */
public record TrendResponse(Change week, Change month) {

    /**
     * @param reference   the earlier value
     * @param referenceAt when it was recorded
     * @param delta       current minus reference
     */
    public record Change(double reference, Instant referenceAt, double delta, TrendLabel label) {

        static Change of(TrendChange change) {
            return change == null ? null : new Change(change.reference(), change.referenceAt(), change.delta(),
                    change.label());
        }
    }

    public static TrendResponse of(Trend trend) {
        return new TrendResponse(Change.of(trend.week()), Change.of(trend.month()));
    }
}
