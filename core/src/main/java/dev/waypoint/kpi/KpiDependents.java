package dev.waypoint.kpi;

import dev.waypoint.shared.ConflictException;
import java.util.Collection;
import java.util.List;

/**
 * The rule that a KPI other KPIs depend on stays: the parent of other KPIs, or a child of a composite KPI, is not
 * deleted, since the tree would be left with dangling references.
 */
public final class KpiDependents {

    private KpiDependents() {
    }

    /**
     * @param kpi   the KPI to be deleted
     * @param every every stored KPI, for the KPIs depending on it
     * @throws ConflictException if other KPIs depend on it, naming the first of them
     */
    public static void requireNone(Kpi kpi, Collection<Kpi> every) {
        KpiGraph graph = new KpiGraph(every);
        List<Kpi> children = graph.childrenOf(kpi.id());
        if (!children.isEmpty()) {
            throw KpiMessages.CATALOG.conflict("waypoint.kpi.delete.hasChildren", kpi.name(), children.size());
        }
        List<Kpi> composites = graph.compositesUsing(kpi.id());
        if (!composites.isEmpty()) {
            throw KpiMessages.CATALOG.conflict("waypoint.kpi.delete.usedByComposite", kpi.name(),
                    composites.get(0).name());
        }
    }
}
