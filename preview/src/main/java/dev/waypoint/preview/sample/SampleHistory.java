package dev.waypoint.preview.sample;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.preview.sample.SampleCalendar.Quarter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample's walk through time, day by day on the {@link MovingClock}, from the day before the oldest quarter to
 * today. Every day of the KPI history starts with the real {@code RefreshJob} at midnight (KPIs, then the automatic
 * key results of the active quarter); then, in the morning, the manual KPI values and the week's check-ins; in the
 * evening a quarter that starts tomorrow is started and its OKRs written, and a quarter that ends today is closed.
 * Today itself only gets its midnight refresh: the sample's history ends at the start of today.
 */
final class SampleHistory {

    private static final Duration REFRESH_BUDGET = Duration.ofMinutes(10);
    private static final int TARGET_RAISED_DAYS_AGO = 10;
    private static final LocalTime MORNING = LocalTime.of(10, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(16, 0);
    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final LocalTime LATE = LocalTime.of(18, 30);

    private final SampleWorld world;
    private final SampleServices services;
    private final MovingClock clock;

    SampleHistory(SampleWorld world, SampleServices services, MovingClock clock) {
        this.world = world;
        this.services = services;
        this.clock = clock;
    }

    SampleSummary run() {
        long started = System.nanoTime();
        SampleCalendar calendar = world.calendar();
        LocalDate first = calendar.firstDay().minusDays(1);
        clock.set(calendar.at(first, LocalTime.of(17, 0)));
        List<Quarter> quarters = calendar.quarters();
        List<List<ObjectivePlan>> plans = List.of(QuarterPlans.oldest(), QuarterPlans.previous(),
                QuarterPlans.current());
        QuarterKeeper keeper = new QuarterKeeper(services);
        List<Cycle> cycles = new ArrayList<>(keeper.create(quarters));
        KpiHandles kpis = SampleKpis.create(services.kpis());
        OkrWriter writer = new OkrWriter(services, kpis, world.tickets());
        CheckInWriter checkIns = new CheckInWriter(services);
        ManualKpiValues manual = new ManualKpiValues(services.kpiValues(), kpis,
                calendar.kpiHistoryStart().minusDays(1));
        List<List<PlannedKeyResult>> written = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
        int refreshRuns = 0;
        for (LocalDate day = first; ; day = day.plusDays(1)) {
            if (!day.isBefore(calendar.kpiHistoryStart())) {
                clock.set(calendar.at(day, LocalTime.MIDNIGHT));
                services.refreshJob().run(REFRESH_BUDGET);
                refreshRuns++;
            }
            if (!day.isBefore(calendar.today())) {
                break;
            }
            clock.set(calendar.at(day, MORNING));
            manual.enter(day);
            for (int i = 0; i < quarters.size(); i++) {
                Quarter quarter = quarters.get(i);
                if (cycles.get(i).state() == CycleState.ACTIVE && quarter.contains(day)) {
                    checkIns.checkIn(day, quarter.start(), weeks(quarter), written.get(i));
                }
            }
            if (day.equals(calendar.today().minusDays(TARGET_RAISED_DAYS_AGO))) {
                clock.set(calendar.at(day, AFTERNOON));
                SampleKpis.raiseEscapedBugsTarget(services.kpis(), kpis);
            }
            clock.set(calendar.at(day, EVENING));
            for (int i = 0; i < quarters.size(); i++) {
                if (quarters.get(i).start().minusDays(1).equals(day)) {
                    cycles.set(i, keeper.start(cycles.get(i)));
                    written.set(i, writer.write(cycles.get(i).id(), plans.get(i)));
                }
            }
            clock.set(calendar.at(day, LATE));
            for (int i = 0; i < quarters.size() - 1; i++) {
                if (quarters.get(i).end().equals(day)) {
                    keeper.close(cycles.get(i), cycles.get(i + 1));
                    cycles.set(i, cycles.get(i).withState(CycleState.CLOSED));
                }
            }
        }
        int objectives = plans.stream().mapToInt(List::size).sum();
        int keyResults = written.stream().mapToInt(List::size).sum();
        return new SampleSummary(world.tickets().store().all().size(), kpis.kpis().size(), cycles.size(), objectives,
                keyResults, refreshRuns, (System.nanoTime() - started) / 1_000_000);
    }

    private static int weeks(Quarter quarter) {
        return (int) (ChronoUnit.DAYS.between(quarter.start(), quarter.end()) + 1) / 7;
    }
}
