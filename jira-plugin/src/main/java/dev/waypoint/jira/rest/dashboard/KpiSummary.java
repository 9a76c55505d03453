package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiSourceKind;

/** What a dashboard item shows of a KPI's definition: its name, unit, format and bands. */
public record KpiSummary(long id, String name, String unit, KpiFormat format, KpiDirection direction, double target,
        Double warning, String project, KpiSourceKind source) {

    static KpiSummary of(Kpi kpi) {
        return new KpiSummary(kpi.id().value(), kpi.name(), kpi.unit(), kpi.format(), kpi.direction(), kpi.target(),
                kpi.warning(), kpi.project() == null ? null : kpi.project().value(), kpi.source().kind());
    }
}
