package dev.waypoint.refresh;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * "Refresh now" of one KPI: evaluated at once as the refresh job would and stored as its newest value
 * ({@link KpiRefresher#refreshOne}). A KPI refreshed here less than {@link #MIN_INTERVAL} ago, with the definition it
 * has now, answers that value again without running its queries, so a held-down button or a script cannot turn Jira's
 * search into a loop; a changed definition (a new version) is evaluated at once. The memory is per node and holds at
 * most one value per KPI refreshed in the last interval.
 */
public final class RefreshNow {

    /** The shortest time between two evaluations of the same KPI definition by "refresh now". */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    private final KpiRefresher refresher;
    private final RefreshSettingsSource settings;
    private final Clock clock;
    private final ConcurrentMap<KpiId, Recent> recent = new ConcurrentHashMap<>();

    public RefreshNow(KpiRefresher refresher, RefreshSettingsSource settings, Clock clock) {
        this.refresher = Objects.requireNonNull(refresher, "'refresher' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** The KPI's value now: freshly evaluated and stored, or the one this node stored for it within the interval. */
    public KpiValue refresh(Kpi kpi) {
        Instant now = clock.instant();
        Instant oldestReused = now.minus(MIN_INTERVAL);
        Recent last = recent.get(kpi.id());
        if (last != null && last.version() == kpi.version() && last.value().at().isAfter(oldestReused)) {
            return last.value();
        }
        KpiValue value = refresher.refreshOne(kpi, now, settings.current());
        recent.values().removeIf(r -> !r.value().at().isAfter(oldestReused));
        recent.put(kpi.id(), new Recent(kpi.version(), value));
        return value;
    }

    private record Recent(long version, KpiValue value) {
    }
}
