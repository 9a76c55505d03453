package dev.waypoint.preview.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Objects;

/**
 * The sample's dates, all derived from one day ("today") and a zone, so that the same date always gives the same
 * sample. The sample's "now" ({@link #horizon()}) is the start of today: history ends there. The OKR cycles are the
 * calendar quarter of today (active) and the two quarters before it (closed); the service desk's tickets cover the
 * {@value #TICKET_DAYS} days before today, and KPIs are refreshed nightly over the last {@value #KPI_HISTORY_DAYS} of
 * them (and today), so that every 30-day window of the KPIs is full from their first value.
 */
public record SampleCalendar(LocalDate today, ZoneId zone) {

    /** Days of service-desk tickets and of KPI history before today. */
    public static final int TICKET_DAYS = 120;

    /** Days of KPI history before today: the refresh job runs at midnight of each of them and of today. */
    public static final int KPI_HISTORY_DAYS = 90;

    public SampleCalendar {
        Objects.requireNonNull(today, "'today' must not be null");
        Objects.requireNonNull(zone, "'zone' must not be null");
    }

    /** The calendar of the day the clock shows. */
    public static SampleCalendar of(Clock clock) {
        return new SampleCalendar(LocalDate.now(clock), clock.getZone());
    }

    /** The start of today in the zone: the sample's "now". Nothing in the sample happens later. */
    public Instant horizon() {
        return at(today, LocalTime.MIDNIGHT);
    }

    /** The first day with service-desk tickets. */
    public LocalDate ticketStart() {
        return today.minusDays(TICKET_DAYS);
    }

    /** The first day with KPI values (the first midnight refresh). */
    public LocalDate kpiHistoryStart() {
        return today.minusDays(KPI_HISTORY_DAYS);
    }

    /** {@code time} on {@code day} in the zone. */
    public Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** {@code daysBefore} days before today (negative: after) at {@code time}. */
    public Instant daysAgo(int daysBefore, LocalTime time) {
        return at(today.minusDays(daysBefore), time);
    }

    /** The two quarters before the current one and the current one, oldest first. */
    public List<Quarter> quarters() {
        LocalDate currentStart = today.withDayOfMonth(1)
                .withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        return List.of(Quarter.starting(currentStart.minusMonths(6)), Quarter.starting(currentStart.minusMonths(3)),
                Quarter.starting(currentStart));
    }

    /** The first day the sample's walk through time visits: the start of the oldest quarter. */
    public LocalDate firstDay() {
        LocalDate oldestQuarter = quarters().get(0).start();
        return oldestQuarter.isBefore(kpiHistoryStart()) ? oldestQuarter : kpiHistoryStart();
    }

    /** A calendar quarter: "Q2 2026", 1 April to 30 June. */
    public record Quarter(String name, LocalDate start, LocalDate end) {

        static Quarter starting(LocalDate start) {
            return new Quarter("Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear(), start,
                    start.plusMonths(3).minusDays(1));
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }
}
