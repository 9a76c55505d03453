package dev.waypoint.refresh;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which KPIs a refresh run evaluates, in which order. Pure.
 *
 * <p>Due: every non-MANUAL KPI that was never evaluated, or whose latest value (or error) is at least its refresh
 * interval old ({@code latest.at + interval <= now}). Order: never-evaluated KPIs first, then the longest waiting,
 * then by id; a COMPOSITE KPI comes after every due KPI it depends on (topological), so it combines fresh values.
 */
public final class DueKpis {

    private DueKpis() {
    }

    public static List<Kpi> select(Collection<Kpi> kpis, Map<KpiId, KpiValue> latest, Instant now) {
        Map<KpiId, Kpi> due = kpis.stream()
                .filter(kpi -> kpi.source().isRefreshed() && isDue(kpi, latest.get(kpi.id()), now))
                .collect(Collectors.toMap(Kpi::id, Function.identity()));
        Comparator<Kpi> priority = Comparator
                .comparing((Kpi kpi) -> latest.containsKey(kpi.id()))
                .thenComparing(kpi -> latest.containsKey(kpi.id()) ? latest.get(kpi.id()).at() : Instant.MIN)
                .thenComparingLong(kpi -> kpi.id().value());
        Set<KpiId> ordered = new LinkedHashSet<>();
        Set<KpiId> visiting = new HashSet<>();
        due.values().stream().sorted(priority).forEach(kpi -> visit(kpi, due, ordered, visiting));
        return ordered.stream().map(due::get).toList();
    }

    static boolean isDue(Kpi kpi, KpiValue latest, Instant now) {
        return latest == null || !latest.at().plus(Duration.ofMinutes(kpi.refreshMinutes())).isAfter(now);
    }

    private static void visit(Kpi kpi, Map<KpiId, Kpi> due, Set<KpiId> ordered, Set<KpiId> visiting) {
        if (ordered.contains(kpi.id()) || !visiting.add(kpi.id())) {
            return;
        }
        for (KpiId child : kpi.compositeChildren()) {
            if (due.containsKey(child)) {
                visit(due.get(child), due, ordered, visiting);
            }
        }
        ordered.add(kpi.id());
    }
}
