package dev.waypoint.kpi;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The KPI tree (parent links, seed 004) and the composite graph (a COMPOSITE KPI depends on its children), for loop
 * checks. Built from every stored KPI; a KPI being saved is checked with its new parent and children in place of
 * the stored ones. Loops are found through every KPI; {@link #exists} answers only for the KPIs a definition may name.
 */
final class KpiGraph {

    private final Map<KpiId, Kpi> kpis;
    private final Predicate<KpiId> nameable;

    KpiGraph(Collection<Kpi> kpis) {
        this(kpis, id -> true);
    }

    /** @param nameable the KPIs {@link #exists} reports; the others are treated as missing */
    KpiGraph(Collection<Kpi> kpis, Predicate<KpiId> nameable) {
        this.kpis = kpis.stream().collect(Collectors.toMap(Kpi::id, Function.identity()));
        this.nameable = nameable;
    }

    /** Whether the KPI is stored and may be named. */
    boolean exists(KpiId id) {
        return kpis.containsKey(id) && nameable.test(id);
    }

    Kpi get(KpiId id) {
        return kpis.get(id);
    }

    /**
     * Whether giving KPI {@code self} the parent {@code parent} makes a loop: {@code parent} is {@code self} or one of
     * its descendants. A new KPI ({@code self == null}) cannot make a loop.
     */
    boolean parentMakesLoop(KpiId self, KpiId parent) {
        if (self == null) {
            return false;
        }
        Set<KpiId> seen = new HashSet<>();
        for (KpiId current = parent; current != null && seen.add(current); current = parentOf(current)) {
            if (current.equals(self)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether making {@code child} a composite child of KPI {@code self} makes a loop: {@code child} is {@code self} or
     * depends on it through composite children.
     */
    boolean childMakesLoop(KpiId self, KpiId child) {
        if (self == null) {
            return false;
        }
        Set<KpiId> seen = new HashSet<>();
        Deque<KpiId> todo = new ArrayDeque<>(List.of(child));
        while (!todo.isEmpty()) {
            KpiId current = todo.pop();
            if (current.equals(self)) {
                return true;
            }
            if (seen.add(current) && kpis.containsKey(current)) {
                todo.addAll(kpis.get(current).compositeChildren());
            }
        }
        return false;
    }

    /** The KPIs whose parent is {@code id}. */
    List<Kpi> childrenOf(KpiId id) {
        return kpis.values().stream().filter(k -> id.equals(k.parentId())).toList();
    }

    /** The composite KPIs that list {@code id} as a child. */
    List<Kpi> compositesUsing(KpiId id) {
        return kpis.values().stream().filter(k -> k.compositeChildren().contains(id)).toList();
    }

    private KpiId parentOf(KpiId id) {
        Kpi kpi = kpis.get(id);
        return kpi == null ? null : kpi.parentId();
    }
}
