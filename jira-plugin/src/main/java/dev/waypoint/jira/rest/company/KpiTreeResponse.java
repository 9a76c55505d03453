package dev.waypoint.jira.rest.company;

import dev.waypoint.app.company.KpiTreeNode;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import java.util.List;

/**
 * A KPI of the company page's KPI tree.
 *
 * @param value        the latest value, or {@code null}
 * @param contribution its share (0-1 for positive values) of its COMPOSITE parent's value, or {@code null}
 * @param children     the KPIs below it, by name
 */
public record KpiTreeResponse(long id, String name, String unit, KpiFormat format, KpiDirection direction,
        double target, String project, Double value, Health health, Double contribution,
        List<KpiTreeResponse> children) {

    public static KpiTreeResponse of(KpiTreeNode node) {
        var kpi = node.kpi();
        return new KpiTreeResponse(kpi.id().value(), kpi.name(), kpi.unit(), kpi.format(), kpi.direction(),
                kpi.target(), kpi.project() == null ? null : kpi.project().value(), node.value(), node.health(),
                node.contribution(), node.children().stream().map(KpiTreeResponse::of).toList());
    }
}
