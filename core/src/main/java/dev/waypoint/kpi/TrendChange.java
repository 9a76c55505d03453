package dev.waypoint.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * The change of a KPI's value against an earlier value.
 *
 * @param reference   the earlier value
 * @param referenceAt when the earlier value was recorded
 * @param delta       current minus reference
 */
public record TrendChange(double reference, Instant referenceAt, double delta, TrendLabel label) {

    public TrendChange {
        Objects.requireNonNull(referenceAt, "'referenceAt' must not be null");
        Objects.requireNonNull(label, "'label' must not be null");
    }
}
