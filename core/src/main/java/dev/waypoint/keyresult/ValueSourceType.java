package dev.waypoint.keyresult;

/** The kinds of {@link ValueSource}. */
public enum ValueSourceType {
    MANUAL,
    KPI,
    JQL
}
