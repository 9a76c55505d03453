package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiReadService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days whose KPI values a request reads: {@code from} and {@code to} are ISO dates, both inclusive, in the app's
 * time zone; {@code to} defaults to today and {@code from} to 29 days before {@code to} (30 days). At most
 * {@link KpiReadService#MAX_DAYS} days, so a read stays bounded.
 *
 * @param from the first instant read (start of {@code from})
 * @param to   the first instant not read (start of the day after {@code to})
 */
record ValuePeriod(Instant from, Instant to) {

    static final int DEFAULT_DAYS = 30;

    /** The period of the query parameters; problems go to {@code in} (and the answer is then {@code null}). */
    static ValuePeriod parse(Params in, String rawFrom, String rawTo, Clock clock) {
        LocalDate to = in.optionalDate("to", rawTo);
        LocalDate from = in.optionalDate("from", rawFrom);
        if (in.hasProblems()) {
            return null;
        }
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1) {
            in.add(KpiRestMessages.error("from", KpiRestMessages.PERIOD_ORDER, last));
            return null;
        }
        if (days > KpiReadService.MAX_DAYS) {
            in.add(KpiRestMessages.error("from", KpiRestMessages.PERIOD_TOO_LONG, KpiReadService.MAX_DAYS, days));
            return null;
        }
        return new ValuePeriod(first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
