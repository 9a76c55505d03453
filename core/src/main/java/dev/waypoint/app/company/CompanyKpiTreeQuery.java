package dev.waypoint.app.company;

import dev.waypoint.app.kpi.KnownKpis;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiHealth;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The KPI tree beside the company page's alignment tree: every KPI the viewer may see (a KPI of a project needs Browse
 * Projects; a COMPOSITE KPI also needs every one of its children, DESIGN §5), under its parent, with its latest value,
 * health and its share of its parent's value. Two reads whatever the number of KPIs: the KPIs, their latest values.
 */
public final class CompanyKpiTreeQuery {

    private static final Comparator<Kpi> BY_NAME = Comparator.comparing((Kpi k) -> k.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(k -> k.id().value());

    private final KpiAccess access;
    private final KpiValueRepository values;

    public CompanyKpiTreeQuery(KpiAccess access, KpiValueRepository values) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
    }

    /**
     * The roots of the tree (KPIs without a visible parent), by name.
     *
     * @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 without licence
     */
    public List<KpiTreeNode> tree() {
        access.requireLicensed();
        KnownKpis known = access.everything();
        Map<KpiId, Kpi> all = known.all();
        Set<KpiId> visible = known.visibleIds();
        Map<KpiId, KpiValue> latest = visible.isEmpty() ? Map.of() : values.findLatest(visible);
        Map<KpiId, Set<KpiId>> children = new HashMap<>();
        Set<KpiId> placed = new HashSet<>();
        for (KpiId id : visible) {
            Kpi kpi = all.get(id);
            if (kpi.parentId() != null && visible.contains(kpi.parentId())) {
                children.computeIfAbsent(kpi.parentId(), p -> new LinkedHashSet<>()).add(id);
                placed.add(id);
            }
            for (KpiId child : kpi.compositeChildren()) {
                children.computeIfAbsent(id, p -> new LinkedHashSet<>()).add(child);
                placed.add(child);
            }
        }
        return visible.stream().filter(id -> !placed.contains(id)).map(all::get).sorted(BY_NAME)
                .map(root -> node(root, null, all, latest, children, new HashSet<>())).toList();
    }

    private KpiTreeNode node(Kpi kpi, Double contribution, Map<KpiId, Kpi> all, Map<KpiId, KpiValue> latest,
            Map<KpiId, Set<KpiId>> children, Set<KpiId> path) {
        Double value = valueOf(latest.get(kpi.id()));
        List<KpiTreeNode> below = new ArrayList<>();
        if (path.add(kpi.id())) {
            Map<KpiId, Double> shares = shares(kpi, latest);
            children.getOrDefault(kpi.id(), Set.of()).stream().map(all::get).sorted(BY_NAME)
                    .filter(child -> !path.contains(child.id()))
                    .forEach(child -> below.add(node(child, shares.get(child.id()), all, latest, children, path)));
            path.remove(kpi.id());
        }
        return new KpiTreeNode(kpi, value, KpiHealth.of(kpi.bands(), value), contribution, below);
    }

    /** Each composite child's share of the parent's value; none for a parent that is not COMPOSITE. */
    static Map<KpiId, Double> shares(Kpi parent, Map<KpiId, KpiValue> latest) {
        if (!(parent.source() instanceof KpiSource.Composite composite)) {
            return Map.of();
        }
        boolean weighted = composite.aggregation() == CompositeAggregation.WEIGHTED_AVERAGE;
        Map<KpiId, Double> parts = new HashMap<>();
        double sum = 0;
        for (CompositeChild child : composite.children()) {
            Double value = valueOf(latest.get(child.kpiId()));
            if (value == null) {
                return Map.of();
            }
            double part = weighted ? child.weight() * value : value;
            parts.put(child.kpiId(), part);
            sum += part;
        }
        if (sum == 0 || !Double.isFinite(sum)) {
            return Map.of();
        }
        Map<KpiId, Double> shares = new HashMap<>();
        double total = sum;
        parts.forEach((id, part) -> shares.put(id, part / total));
        return shares;
    }

    private static Double valueOf(KpiValue value) {
        return value == null || value.isError() ? null : value.value();
    }
}
