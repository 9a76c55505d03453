package dev.waypoint.jira.rest.alignment;

import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import java.time.Instant;

/**
 * A KPI an objective is aligned to, with its latest state.
 *
 * @param latestValue {@code null} without a value (never evaluated, or its latest evaluation failed)
 * @param latestAt    {@code null} when never evaluated
 */
public record AlignedKpiResponse(long kpiId, String name, String project, String unit, KpiFormat format,
        KpiDirection direction, double target, Double warning, Health health, Double latestValue, Instant latestAt) {

    static AlignedKpiResponse of(KpiCard card) {
        var kpi = card.kpi();
        return new AlignedKpiResponse(kpi.id().value(), kpi.name(), kpi.project() == null ? null
                : kpi.project().value(), kpi.unit(), kpi.format(), kpi.direction(), kpi.target(), kpi.warning(),
                card.health(), card.latest() == null ? null : card.latest().value(),
                card.latest() == null ? null : card.latest().at());
    }
}
