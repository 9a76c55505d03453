package dev.waypoint.kpi;

/** Whether a KPI is healthier when its value goes up (revenue, first-contact resolution) or down (backlog). */
public enum KpiDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Whether {@code candidate} is strictly better than {@code reference} in this direction. */
    public boolean isBetter(double candidate, double reference) {
        return this == HIGHER_IS_BETTER ? candidate > reference : candidate < reference;
    }
}
