package dev.waypoint.kpi;

/** The kinds of {@link KpiSource}, e.g. for a storage discriminator column. */
public enum KpiSourceKind {
    JQL_COUNT,
    JQL_RATIO,
    PER_AGENT,
    DURATION,
    MANUAL,
    COMPOSITE
}
