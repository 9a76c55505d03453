package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The values of a KPI the viewer may see over a period of days.
 *
 * @param from   the first day, inclusive
 * @param to     the last day, inclusive
 * @param values the values recorded in the period, oldest first
 */
public record KpiHistory(Kpi kpi, LocalDate from, LocalDate to, List<KpiValue> values) {

    public KpiHistory {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Objects.requireNonNull(from, "'from' must not be null");
        Objects.requireNonNull(to, "'to' must not be null");
        values = List.copyOf(values);
    }
}
