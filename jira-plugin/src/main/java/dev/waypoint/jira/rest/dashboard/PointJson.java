package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.kpi.KpiValue;
import java.time.Instant;

/** One point of a sparkline or chart: {@code value} is {@code null} where the evaluation failed. */
public record PointJson(Instant at, Double value) {

    public static PointJson of(KpiValue value) {
        return new PointJson(value.at(), value.value());
    }
}
