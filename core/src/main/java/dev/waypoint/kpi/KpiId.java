package dev.waypoint.kpi;

/** Identity of a KPI. */
public record KpiId(long value) {

    public KpiId {
        if (value < 1) {
            throw new IllegalArgumentException("'value' must be a positive number, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
