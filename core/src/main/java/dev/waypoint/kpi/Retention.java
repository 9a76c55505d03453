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
 * The retention rule of KPI values (DESIGN §3 "KpiValue"): every value of the last {@link #FULL_DETAIL} is kept;
 * older than that, only the last value of each calendar day (in the given zone) of each KPI. Daily values are kept
 * forever. Pure; {@link KpiValueRepository#compact} applies it to storage.
 */
public final class Retention {

    /** How long every value is kept. */
    public static final Duration FULL_DETAIL = Duration.ofDays(30);

    private static final Comparator<KpiValue> LATER = Comparator.comparing(KpiValue::at);

    private Retention() {
    }

    /** Values recorded before this instant are reduced to one per day. */
    public static Instant cutoff(Instant now) {
        return now.minus(FULL_DETAIL);
    }

    /**
     * The values to keep out of {@code values} (any KPIs, any order), in their original order. Of several values of
     * the same KPI, day and instant, the one listed last is kept.
     */
    public static List<KpiValue> keep(Collection<KpiValue> values, Instant now, ZoneId zone) {
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
