package dev.waypoint.kpi;

import java.util.List;
import java.util.Objects;

/**
 * One KPI of a scorecard as a viewer sees it: the definition, the latest value (or error), its health and trend, and
 * the values of the requested period for a sparkline.
 *
 * @param latest  {@code null} when the KPI has never been evaluated
 * @param history oldest first
 */
public record KpiCard(Kpi kpi, KpiValue latest, Health health, Trend trend, List<KpiValue> history) {

    public KpiCard {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Objects.requireNonNull(health, "'health' must not be null");
        Objects.requireNonNull(trend, "'trend' must not be null");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
