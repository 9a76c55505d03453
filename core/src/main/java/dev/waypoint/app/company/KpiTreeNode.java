package dev.waypoint.app.company;

import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import java.util.List;
import java.util.Objects;

/**
 * A KPI of the company page's KPI tree (seed 004: high-level KPIs broken down into the KPIs that make them up), as one
 * viewer may see it.
 *
 * @param value        the latest value, or {@code null} (never evaluated, or its last evaluation failed)
 * @param contribution for the child of a COMPOSITE parent: its share of the parent's value (SUM and AVERAGE: its
 *                     value over the sum of the children's values; WEIGHTED_AVERAGE: weight times value over the sum
 *                     of those), {@code null} for a root, a child the parent is not computed from, or when a share
 *                     cannot be computed (a child without value, a sum of 0)
 * @param children     the KPIs below it (parent links and composite children), ordered by name
 */
public record KpiTreeNode(Kpi kpi, Double value, Health health, Double contribution, List<KpiTreeNode> children) {

    public KpiTreeNode {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Objects.requireNonNull(health, "'health' must not be null");
        children = List.copyOf(children);
    }
}
