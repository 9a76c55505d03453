package dev.waypoint.kpi;

import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a viewer may read of KPIs (DESIGN §5): a KPI scoped to a project, with its values, is visible only to viewers
 * who may browse that project; an anonymous viewer ({@code null}) sees nothing. Invisible KPIs are reported exactly
 * like missing ones. Reads never run JQL; a scorecard is three repository calls whatever its size (DESIGN §6).
 */
public final class KpiReadService {

    /** Longest history a scorecard reads. */
    public static final int MAX_DAYS = 366;

    private final KpiRepository kpis;
    private final KpiValueRepository values;
    private final ScopeAccess access;
    private final Clock clock;

    public KpiReadService(KpiRepository kpis, KpiValueRepository values, ScopeAccess access, Clock clock) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public Optional<Kpi> find(UserKey viewer, KpiId id) {
        return kpis.findById(id).filter(kpi -> canView(viewer, kpi));
    }

    /** Every KPI the viewer may see, ordered by id. */
    public List<Kpi> list(UserKey viewer) {
        return kpis.findAll().stream().filter(kpi -> canView(viewer, kpi)).toList();
    }

    /**
     * The scorecard of the requested KPIs the viewer may see, in the order of {@code ids}, with {@code days} days of
     * history (1 to {@link #MAX_DAYS}). Trend needs 30 days, so at least 31 days are read.
     */
    public List<KpiCard> scorecard(UserKey viewer, Collection<KpiId> ids, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("'days' must be 1-" + MAX_DAYS + ", was " + days);
        }
        List<Kpi> visible = orderedAs(ids, kpis.findByIds(ids)).stream().filter(k -> canView(viewer, k)).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(Math.max(days, 31)));
        Instant shownFrom = now.minus(Duration.ofDays(days));
        List<KpiId> visibleIds = visible.stream().map(Kpi::id).toList();
        Map<KpiId, List<KpiValue>> recent = values.findBetween(visibleIds, from, now.plus(Duration.ofDays(1)));
        List<KpiId> withoutRecent = visibleIds.stream().filter(id -> !recent.containsKey(id)).toList();
        Map<KpiId, KpiValue> older = withoutRecent.isEmpty() ? Map.of() : values.findLatest(withoutRecent);
        List<KpiCard> cards = new ArrayList<>();
        for (Kpi kpi : visible) {
            List<KpiValue> history = recent.getOrDefault(kpi.id(), List.of());
            KpiValue latest = history.isEmpty() ? older.get(kpi.id()) : history.get(history.size() - 1);
            cards.add(new KpiCard(kpi, latest, KpiHealth.of(kpi.bands(), latest),
                    KpiTrend.of(kpi.direction(), history, latest),
                    history.stream().filter(v -> !v.at().isBefore(shownFrom)).toList()));
        }
        return cards;
    }

    /**
     * The values of a KPI with {@code from <= at < to}, oldest first.
     *
     * @throws NotFoundException if there is no such KPI or the viewer may not see it
     */
    public List<KpiValue> history(UserKey viewer, KpiId id, Instant from, Instant to) {
        find(viewer, id).orElseThrow(() -> new NotFoundException("KPI", id));
        return values.findBetween(List.of(id), from, to).getOrDefault(id, List.of());
    }

    private boolean canView(UserKey viewer, Kpi kpi) {
        return viewer != null && access.canView(viewer, kpi.scope());
    }

    private static List<Kpi> orderedAs(Collection<KpiId> ids, List<Kpi> found) {
        Map<KpiId, Kpi> byId = new HashMap<>();
        found.forEach(k -> byId.put(k.id(), k));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }
}
