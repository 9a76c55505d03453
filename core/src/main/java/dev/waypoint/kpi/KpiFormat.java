package dev.waypoint.kpi;

/**
 * How a KPI's values are shown. The stored value is always a plain number: a count or a rate for {@link #NUMBER}, a
 * fraction (0.85 for 85 %) for {@link #PERCENT}, a number of seconds for {@link #DURATION}.
 */
public enum KpiFormat {
    NUMBER,
    PERCENT,
    DURATION
}
