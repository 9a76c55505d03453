package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;

/** A KPI's definition as stored, with its version for the next update. */
public record KpiResponse(
        long id,
        String name,
        String description,
        String unit,
        KpiFormat format,
        KpiDirection direction,
        double target,
        Double warning,
        String owner,
        String project,
        Long parentId,
        int refreshMinutes,
        KpiSourceJson source,
        long version) {

    public static KpiResponse of(Kpi kpi) {
        return new KpiResponse(kpi.id().value(), kpi.name(), kpi.description(), kpi.unit(), kpi.format(),
                kpi.direction(), kpi.target(), kpi.warning(), kpi.owner().value(),
                kpi.project() == null ? null : kpi.project().value(),
                kpi.parentId() == null ? null : kpi.parentId().value(), kpi.refreshMinutes(),
                KpiSourceJson.of(kpi.source()), kpi.version());
    }
}
