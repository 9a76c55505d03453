package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A KPI's values over a period, for its value list and its CSV export. The days are those of the app's time zone,
 * both inclusive: {@code to} defaults to today and {@code from} to {@value #DEFAULT_DAYS} days up to {@code to}; at
 * most {@link KpiReadService#MAX_DAYS} days, so that a read stays bounded.
 */
public final class KpiValuesQuery {

    static final int DEFAULT_DAYS = 30;

    private final KpiAccess access;
    private final KpiReadService reads;
    private final Clock clock;

    public KpiValuesQuery(KpiAccess access, KpiReadService reads, Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * @param from the first day, {@code null} for the default
     * @param to   the last day, {@code null} for today
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.InvalidInputException {@code from} after {@code to}, or more than
     *                                                   {@link KpiReadService#MAX_DAYS} days (field {@code from})
     */
    public KpiHistory values(KpiId id, LocalDate from, LocalDate to) {
        Kpi kpi = access.kpi(id);
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1) {
            throw KpiAppMessages.CATALOG.invalid("from", KpiAppMessages.PERIOD_ORDER, last);
        }
        if (days > KpiReadService.MAX_DAYS) {
            throw KpiAppMessages.CATALOG.invalid("from", KpiAppMessages.PERIOD_TOO_LONG, KpiReadService.MAX_DAYS,
                    days);
        }
        return new KpiHistory(kpi, first, last, reads.history(kpi.id(),
                first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }
}
