package dev.waypoint.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The retention rule of KPI values (DESIGN §3 "KpiValue"): every value of the last {@code fullDetail} (30 days unless
 * the admin sets another number of days) is kept; older than that, only the last value of each calendar day (in the
 * given zone) of each KPI. Daily values are kept forever. Pure; {@link KpiValueRepository#compact} applies it to
 * storage.
 *
 * @param fullDetail how long every value is kept: whole days, from 1 to {@link #MAX_DAYS}
 */
public record Retention(Duration fullDetail) {

    /** The most days of full detail an admin may choose. */
    public static final int MAX_DAYS = 366;

    /** The rule of DESIGN §3: 30 days of full detail. */
    public static final Retention DEFAULT = ofDays(30);

    private static final Comparator<KpiValue> LATER = Comparator.comparing(KpiValue::at);

    public Retention {
        Objects.requireNonNull(fullDetail, "'fullDetail' must not be null");
        if (fullDetail.toDays() < 1 || fullDetail.toDays() > MAX_DAYS || !fullDetail.equals(
                Duration.ofDays(fullDetail.toDays()))) {
            throw new IllegalArgumentException("'fullDetail' must be 1-" + MAX_DAYS + " whole days, was " + fullDetail);
        }
    }

    /** Full detail for {@code days} days. */
    public static Retention ofDays(int days) {
        return new Retention(Duration.ofDays(days));
    }

    /** How many days every value is kept. */
    public int days() {
        return (int) fullDetail.toDays();
    }

    /** Values recorded before this instant are reduced to one per day. */
    public Instant cutoff(Instant now) {
        return now.minus(fullDetail);
    }

    /**
     * The values to keep out of {@code values} (any KPIs, any order), in their original order. Of several values of
     * the same KPI, day and instant, the one listed last is kept.
     */
    public List<KpiValue> keep(Collection<KpiValue> values, Instant now, ZoneId zone) {
        Objects.requireNonNull(now, "'now' must not be null");
        Objects.requireNonNull(zone, "'zone' must not be null");
        Instant cutoff = cutoff(now);
        Map<DayOfKpi, KpiValue> lastOfDay = new HashMap<>();
        for (KpiValue value : values) {
            if (value.at().isBefore(cutoff)) {
                lastOfDay.merge(new DayOfKpi(value.kpiId(), LocalDate.ofInstant(value.at(), zone)), value,
                        (kept, candidate) -> LATER.compare(candidate, kept) >= 0 ? candidate : kept);
            }
        }
        List<KpiValue> kept = new ArrayList<>();
        for (KpiValue value : values) {
            if (!value.at().isBefore(cutoff)
                    || lastOfDay.get(new DayOfKpi(value.kpiId(), LocalDate.ofInstant(value.at(), zone))) == value) {
                kept.add(value);
            }
        }
        return kept;
    }

    private record DayOfKpi(KpiId kpiId, LocalDate day) {
    }
}
