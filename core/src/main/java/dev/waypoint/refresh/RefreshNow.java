package dev.waypoint.refresh;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.shared.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * "Refresh now" of one KPI: evaluated at once as the refresh job would ({@link KpiRefresher#refreshOne}) and stored
 * as its newest value. A KPI evaluated here less than {@link #MIN_INTERVAL} ago, with the definition it has now, by
 * any node of the cluster, is not evaluated again: the caller gets its latest stored value without its queries
 * running, so a held-down button, a script or N nodes cannot turn Jira's search into a loop. A changed definition (a
 * new version) is evaluated at once.
 *
 * <p>The guard is a {@link RefreshClaims} claim named {@code kpi:<id>} for the KPI's version, held for the interval:
 * one atomic conditional write in the database per refresh, nothing kept in node memory. A claim taken by a refresh
 * that then failed (the database went away while storing) holds until the interval ends.
 */
public final class RefreshNow {

    /** The shortest time between two evaluations of the same KPI definition by "refresh now", cluster-wide. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    static final String BUSY_KEY = "waypoint.error.concurrentWrite";

    private final KpiRefresher refresher;
    private final RefreshClaims claims;
    private final KpiValueRepository values;
    private final RefreshSettingsSource settings;
    private final Clock clock;

    public RefreshNow(KpiRefresher refresher, RefreshClaims claims, KpiValueRepository values,
            RefreshSettingsSource settings, Clock clock) {
        this.refresher = Objects.requireNonNull(refresher, "'refresher' must not be null");
        this.claims = Objects.requireNonNull(claims, "'claims' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** The claim "Refresh now" of {@code kpi} takes. */
    public static String claimName(Kpi kpi) {
        return "kpi:" + kpi.id().value();
    }

    /**
     * The KPI's value now: freshly evaluated and stored, or, when it was evaluated within the interval (on any node),
     * its latest stored value.
     *
     * @throws ConflictException (409) when another node is evaluating it right now and it has no stored value yet
     */
    public KpiValue refresh(Kpi kpi) {
        Instant now = clock.instant();
        if (claims.claim(claimName(kpi), kpi.version(), now, MIN_INTERVAL)) {
            return refresher.refreshOne(kpi, now, settings.current());
        }
        KpiValue latest = values.findLatest(List.of(kpi.id())).get(kpi.id());
        if (latest == null) {
            throw new ConflictException(BUSY_KEY, "KPI " + kpi.id().value() + " is being refreshed by someone else "
                    + "at the same moment; try again", "KPI " + kpi.id().value());
        }
        return latest;
    }
}
