package dev.waypoint.kpi;

/** How a DURATION KPI summarises the durations of its sample (computed in {@code dev.waypoint.refresh}). */
public enum DurationStatistic {
    /** Arithmetic mean. */
    MEAN,
    /** The middle value; the mean of the two middle values for an even sample. */
    MEDIAN,
    /** 90th percentile by nearest rank: the value at position ceil(0.9 n) of the sorted sample. */
    P90
}
