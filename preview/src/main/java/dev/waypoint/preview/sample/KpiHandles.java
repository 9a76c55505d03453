package dev.waypoint.preview.sample;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import java.util.Map;

/** The sample KPIs as created, by handle (e.g. {@code sup.unassigned}). */
record KpiHandles(Map<String, Kpi> kpis) {

    KpiHandles {
        kpis = Map.copyOf(kpis);
    }

    Kpi kpi(String handle) {
        Kpi kpi = kpis.get(handle);
        if (kpi == null) {
            throw new IllegalArgumentException("no sample KPI is named " + handle);
        }
        return kpi;
    }

    KpiId id(String handle) {
        return kpi(handle).id();
    }
}
