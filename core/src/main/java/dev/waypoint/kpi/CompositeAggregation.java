package dev.waypoint.kpi;

/** How a COMPOSITE KPI combines the latest values of its children. */
public enum CompositeAggregation {
    SUM,
    AVERAGE,
    /** {@code Σ wᵢvᵢ / Σ wᵢ} with the children's weights. */
    WEIGHTED_AVERAGE
}
