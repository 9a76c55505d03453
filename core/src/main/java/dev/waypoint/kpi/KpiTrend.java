package dev.waypoint.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * KPI trend (DESIGN §3 "KPI trend"), the one place it is computed. The reference value "7 days earlier" is the latest
 * numeric value recorded at or before {@code current.at - 7 days} (likewise 30 days). A change is STEADY when it is
 * within {@link #STEADY_TOLERANCE} of the reference's magnitude (exactly 0 when the reference is 0); otherwise
 * IMPROVING when it moves in the KPI's direction and WORSENING when it moves against it.
 */
public final class KpiTrend {

    /** Relative change below which a KPI counts as steady: 1 % of the reference value. */
    public static final double STEADY_TOLERANCE = 0.01;

    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration MONTH = Duration.ofDays(30);

    private KpiTrend() {
    }

    /** The label of a move from {@code reference} to {@code current}. */
    public static TrendLabel label(KpiDirection direction, double reference, double current) {
        Objects.requireNonNull(direction, "'direction' must not be null");
        double delta = current - reference;
        if (Math.abs(delta) <= STEADY_TOLERANCE * Math.abs(reference)) {
            return TrendLabel.STEADY;
        }
        return direction.isBetter(current, reference) ? TrendLabel.IMPROVING : TrendLabel.WORSENING;
    }

    /**
     * The trend of {@code current} against the values in {@code history} (any order; may contain {@code current}
     * and error values, which are ignored as references).
     */
    public static Trend of(KpiDirection direction, List<KpiValue> history, KpiValue current) {
        if (current == null || current.value() == null) {
            return Trend.NONE;
        }
        return new Trend(change(direction, history, current, WEEK), change(direction, history, current, MONTH));
    }

    private static TrendChange change(KpiDirection direction, List<KpiValue> history, KpiValue current,
            Duration ago) {
        Instant latestAllowed = current.at().minus(ago);
        Optional<KpiValue> reference = history.stream()
                .filter(v -> v.value() != null && !v.at().isAfter(latestAllowed))
                .max(Comparator.comparing(KpiValue::at));
        return reference.map(r -> new TrendChange(r.value(), r.at(), current.value() - r.value(),
                label(direction, r.value(), current.value()))).orElse(null);
    }
}
