package dev.waypoint.keyresult;

import dev.waypoint.kpi.KpiId;

/**
 * A {@link ValueSource} as raw user input; errors are reported as {@code source.type}, {@code source.kpiId},
 * {@code source.jql}.
 *
 * @param type  {@code null}: MANUAL
 * @param kpiId required for KPI
 * @param jql   required for JQL, at most 4,000 characters
 */
public record ValueSourceSpec(ValueSourceType type, KpiId kpiId, String jql) {

    public static ValueSourceSpec manual() {
        return new ValueSourceSpec(ValueSourceType.MANUAL, null, null);
    }

    public static ValueSourceSpec kpi(KpiId kpiId) {
        return new ValueSourceSpec(ValueSourceType.KPI, kpiId, null);
    }

    public static ValueSourceSpec jql(String jql) {
        return new ValueSourceSpec(ValueSourceType.JQL, null, jql);
    }
}
