package dev.waypoint.app.kpi;

import dev.waypoint.access.KpiPermissions;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads KPIs for a viewer: only those whose values the viewer may see ({@link KpiPermissions#canView}: every scope
 * the values derive from, a composite's children included). A KPI the viewer may not see is reported exactly like a
 * missing one. Lookups by id read the KPIs, then the composite children they name (one more read per level of
 * nesting, usually none).
 */
public final class VisibleKpis {

    /** Composites nested deeper than this are not followed further (guards against corrupt stored data). */
    private static final int MAX_NESTING = 16;

    private final KpiRepository kpis;
    private final KpiPermissions permissions;

    public VisibleKpis(KpiRepository kpis, KpiPermissions permissions) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    public KpiPermissions permissions() {
        return permissions;
    }

    /** Every KPI the viewer may see, ordered by id (one read). */
    public List<Kpi> all(Optional<UserKey> viewer) {
        return everything(viewer).visible();
    }

    /**
     * Every stored KPI (one read) with those the viewer may see, for writes that check references and loops against
     * all KPIs and must report the invisible ones as missing.
     */
    public KnownKpis everything(Optional<UserKey> viewer) {
        Map<KpiId, Kpi> every = byId(kpis.findAll());
        Set<KpiId> visible = new HashSet<>();
        every.values().stream().filter(kpi -> permissions.canView(viewer, kpi, every))
                .forEach(kpi -> visible.add(kpi.id()));
        return new KnownKpis(every, visible);
    }

    /** The KPI, if it exists and the viewer may see it. */
    public Optional<Kpi> find(Optional<UserKey> viewer, KpiId id) {
        return Optional.ofNullable(find(viewer, List.of(id)).get(id));
    }

    /** The KPIs of {@code ids} that exist and that the viewer may see, in the order of {@code ids}. */
    public Map<KpiId, Kpi> find(Optional<UserKey> viewer, Collection<KpiId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<KpiId, Kpi> known = withChildren(kpis.findByIds(ids));
        Map<KpiId, Kpi> visible = new LinkedHashMap<>();
        for (KpiId id : ids) {
            Kpi kpi = known.get(id);
            if (kpi != null && permissions.canView(viewer, kpi, known)) {
                visible.put(id, kpi);
            }
        }
        return visible;
    }

    /** {@code found} with the composite children they name, recursively, by id. */
    private Map<KpiId, Kpi> withChildren(List<Kpi> found) {
        Map<KpiId, Kpi> known = byId(found);
        Set<KpiId> asked = new HashSet<>(known.keySet());
        for (int level = 0; level < MAX_NESTING; level++) {
            Set<KpiId> missing = KpiPermissions.missingChildren(known);
            missing.removeAll(asked);
            if (missing.isEmpty()) {
                break;
            }
            asked.addAll(missing);
            kpis.findByIds(missing).forEach(child -> known.put(child.id(), child));
        }
        return known;
    }

    private static Map<KpiId, Kpi> byId(List<Kpi> list) {
        Map<KpiId, Kpi> map = new LinkedHashMap<>();
        list.forEach(kpi -> map.put(kpi.id(), kpi));
        return map;
    }
}
