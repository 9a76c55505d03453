package dev.waypoint.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded value of a KPI (DESIGN §3 "KpiValue"): a number, or an error saying why there is none. PER_AGENT values
 * carry a breakdown row per agent and one for unassigned issues.
 *
 * @param value     {@code null} exactly when {@code error} is set
 * @param breakdown empty except for PER_AGENT values
 */
public record KpiValue(KpiId kpiId, Instant at, Double value, List<AgentRow> breakdown, KpiError error) {

    public KpiValue {
        Objects.requireNonNull(kpiId, "'kpiId' must not be null");
        Objects.requireNonNull(at, "'at' must not be null");
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("a KPI value has either a value or an error");
        }
        if (value != null && !Kpi.isAcceptedNumber(value)) {
            throw new IllegalArgumentException("'value' must be finite and within +/-" + Kpi.MAX_MAGNITUDE
                    + ", was " + value);
        }
        if (error != null && !breakdown.isEmpty()) {
            throw new IllegalArgumentException("an error value has no breakdown");
        }
    }

    public static KpiValue of(KpiId kpiId, Instant at, double value) {
        return new KpiValue(kpiId, at, value, List.of(), null);
    }

    public static KpiValue withBreakdown(KpiId kpiId, Instant at, double value, List<AgentRow> breakdown) {
        return new KpiValue(kpiId, at, value, breakdown, null);
    }

    public static KpiValue failed(KpiId kpiId, Instant at, KpiError error) {
        return new KpiValue(kpiId, at, null, List.of(), error);
    }

    public static KpiValue failed(KpiId kpiId, Instant at, KpiErrorCode code, String detail) {
        return failed(kpiId, at, KpiError.of(code, detail));
    }

    public boolean isError() {
        return error != null;
    }
}
