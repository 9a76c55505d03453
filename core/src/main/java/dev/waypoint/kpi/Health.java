package dev.waypoint.kpi;

/** The colour of a KPI value (DESIGN §3 "KPI health"), computed by {@link KpiHealth}. */
public enum Health {
    /** No value (never refreshed, or the latest refresh failed). */
    UNKNOWN,
    /** At or beyond the target. */
    GREEN,
    /** Between the warning bound and the target. */
    AMBER,
    /** Beyond the warning bound, or missing the target when there is no warning bound. */
    RED;

    /** Whether this health is RED, or AMBER when {@code amberCounts}. */
    public boolean isUnhealthy(boolean amberCounts) {
        return this == RED || (amberCounts && this == AMBER);
    }
}
