package dev.waypoint.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stored values of KPIs a caller has already read (and, in the use cases of {@code dev.waypoint.app.kpi}, found
 * visible to the viewer): scorecards and histories. Reads never run JQL; a scorecard is one or two repository calls
 * whatever its size (DESIGN §6).
 */
public final class KpiReadService {

    /** Longest history a scorecard or a value list reads. */
    public static final int MAX_DAYS = 366;

    private final KpiValueRepository values;
    private final Clock clock;

    public KpiReadService(KpiValueRepository values, Clock clock) {
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * The scorecard of {@code kpis}, in their order, with {@code days} days of history (1 to {@link #MAX_DAYS}):
     * their values of the last {@code max(days, 31)} days (trend needs 30), and the latest value before that of those
     * without any (a second read, only when there are such KPIs).
     */
    public List<KpiCard> cards(List<Kpi> kpis, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("'days' must be 1-" + MAX_DAYS + ", was " + days);
        }
        if (kpis.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(Math.max(days, 31)));
        Instant shownFrom = now.minus(Duration.ofDays(days));
        List<KpiId> ids = kpis.stream().map(Kpi::id).toList();
        Map<KpiId, List<KpiValue>> recent = values.findBetween(ids, from, now.plus(Duration.ofDays(1)));
        List<KpiId> withoutRecent = ids.stream().filter(id -> !recent.containsKey(id)).toList();
        Map<KpiId, KpiValue> older = withoutRecent.isEmpty() ? Map.of() : values.findLatest(withoutRecent);
        List<KpiCard> cards = new ArrayList<>();
        for (Kpi kpi : kpis) {
            List<KpiValue> history = recent.getOrDefault(kpi.id(), List.of());
            KpiValue latest = history.isEmpty() ? older.get(kpi.id()) : history.get(history.size() - 1);
            cards.add(new KpiCard(kpi, latest, KpiHealth.of(kpi.bands(), latest),
                    KpiTrend.of(kpi.direction(), history, latest),
                    history.stream().filter(v -> !v.at().isBefore(shownFrom)).toList()));
        }
        return cards;
    }

    /** The values of a KPI with {@code from <= at < to}, oldest first. */
    public List<KpiValue> history(KpiId id, Instant from, Instant to) {
        return values.findBetween(List.of(id), from, to).getOrDefault(id, List.of());
    }
}
