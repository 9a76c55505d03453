package dev.waypoint.preview.sample;

import dev.waypoint.kpi.KpiValueService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The values of the manual KPIs, entered through {@link KpiValueService} as the team would: the weekly customer
 * survey (CSAT, slipping in the busy weeks) and the daily crash-free share of the app (slowly improving).
 */
final class ManualKpiValues {

    private static final long SEED = 20_260_004L;

    private final KpiValueService values;
    private final KpiHandles kpis;
    private final LocalDate firstDay;
    private final SampleRandom random = new SampleRandom(SEED);

    /** {@code firstDay}: the day before the KPI history starts, so that composites find a value on its first day. */
    ManualKpiValues(KpiValueService values, KpiHandles kpis, LocalDate firstDay) {
        this.values = values;
        this.kpis = kpis;
        this.firstDay = firstDay;
    }

    /** Enters the values due on {@code day} (nothing before the first day). */
    void enter(LocalDate day) {
        long index = ChronoUnit.DAYS.between(firstDay, day);
        if (index < 0) {
            return;
        }
        if (index % 7 == 0) {
            long week = index / 7;
            double csat = 0.92 - Math.max(0, week - 5) * 0.006 + random.between(-0.004, 0.004);
            values.recordManual(kpis.id(SampleKpis.CSAT), day, round(csat));
        }
        double crashFree = 0.9935 + 0.0035 * Math.min(1, index / (double) SampleCalendar.KPI_HISTORY_DAYS)
                + random.between(-0.0005, 0.0005);
        values.recordManual(kpis.id(SampleKpis.CRASH_FREE), day, round(Math.min(1, crashFree)));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
