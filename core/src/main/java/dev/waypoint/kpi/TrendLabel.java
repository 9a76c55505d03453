package dev.waypoint.kpi;

/** Which way a KPI moved, judged by its direction. */
public enum TrendLabel {
    IMPROVING,
    WORSENING,
    STEADY
}
