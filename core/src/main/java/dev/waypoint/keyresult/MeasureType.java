package dev.waypoint.keyresult;

/** The four kinds of {@link Measure}. */
public enum MeasureType {
    METRIC,
    THRESHOLD,
    MILESTONE,
    ISSUES
}
