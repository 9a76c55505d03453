package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiValue;
import java.util.Objects;

/** A value just stored for a KPI the viewer may see, with the KPI (whose bands give the value's health). */
public record KpiReading(Kpi kpi, KpiValue value) {

    public KpiReading {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Objects.requireNonNull(value, "'value' must not be null");
    }
}
