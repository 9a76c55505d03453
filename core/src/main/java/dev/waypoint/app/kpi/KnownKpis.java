package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every stored KPI, read once, and which of them a viewer may see ({@link VisibleKpis#everything}).
 *
 * @param all     every stored KPI by id, ordered by id
 * @param visibleIds the ids of those the viewer may see
 */
public record KnownKpis(Map<KpiId, Kpi> all, Set<KpiId> visibleIds) {

    public KnownKpis {
        all = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(all, "'all' must not be null")));
        visibleIds = Set.copyOf(visibleIds);
    }

    /** Every stored KPI, ordered by id. */
    public Collection<Kpi> stored() {
        return all.values();
    }

    /** The KPIs the viewer may see, ordered by id. */
    public List<Kpi> visible() {
        return all.values().stream().filter(kpi -> visibleIds.contains(kpi.id())).toList();
    }

    /** The KPI, if it exists and the viewer may see it. */
    public Optional<Kpi> find(KpiId id) {
        return visibleIds.contains(id) ? Optional.of(all.get(id)) : Optional.empty();
    }

    public boolean isVisible(KpiId id) {
        return visibleIds.contains(id);
    }

    /**
     * The KPI as the viewer may see it: without its parent when the parent is a KPI the viewer may not see (the
     * disclosure rule: no id of something hidden). {@code ChangingKpi} keeps such a parent when an edit names none.
     */
    public Kpi asSeen(Kpi kpi) {
        return kpi.parentId() == null || isVisible(kpi.parentId()) ? kpi : kpi.withParentId(null);
    }
}
