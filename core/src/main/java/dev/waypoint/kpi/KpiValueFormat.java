package dev.waypoint.kpi;

import java.util.Objects;

/**
 * How a KPI's values are shown, without the rest of the KPI: what a read model needs to show the values of a key
 * result bound to the KPI as the KPI shows its own (a fraction as a percentage, seconds as a duration).
 *
 * @param unit the KPI's unit, or {@code null}; only {@link KpiFormat#NUMBER} shows it
 */
public record KpiValueFormat(KpiId kpiId, KpiFormat format, String unit) {

    public KpiValueFormat {
        Objects.requireNonNull(kpiId, "'kpiId' must not be null");
        Objects.requireNonNull(format, "'format' must not be null");
    }

    public static KpiValueFormat of(Kpi kpi) {
        return new KpiValueFormat(Objects.requireNonNull(kpi.id(), "'id' of the KPI must not be null"), kpi.format(),
                kpi.unit());
    }
}
