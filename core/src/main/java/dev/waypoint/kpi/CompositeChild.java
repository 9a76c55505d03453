package dev.waypoint.kpi;

/**
 * A child of a COMPOSITE KPI with its weight (used by WEIGHTED_AVERAGE only). Not validated here: user input is
 * checked with field messages by {@link KpiValidator}.
 *
 * @param kpiId  the child KPI
 * @param weight greater than 0 and at most {@link dev.waypoint.shared.Weight#MAX}
 */
public record CompositeChild(KpiId kpiId, double weight) {

    public static CompositeChild of(KpiId kpiId) {
        return new CompositeChild(kpiId, 1);
    }
}
