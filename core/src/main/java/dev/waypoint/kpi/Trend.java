package dev.waypoint.kpi;

/**
 * A KPI's trend (DESIGN §3 "KPI trend"): the change against 7 and against 30 days earlier. Either is {@code null} when
 * there is no numeric value that old (or no current value).
 */
public record Trend(TrendChange week, TrendChange month) {

    public static final Trend NONE = new Trend(null, null);
}
