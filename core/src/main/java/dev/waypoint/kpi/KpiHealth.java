package dev.waypoint.kpi;

/**
 * KPI health (DESIGN §3 "KPI health"), the one place it is computed. No value: UNKNOWN. Higher is better:
 * {@code v >= target} GREEN, {@code v >= warning} AMBER, otherwise RED. Lower is better: the mirror
 * ({@code v <= target} GREEN, {@code v <= warning} AMBER). Without a warning bound only GREEN or RED.
 */
public final class KpiHealth {

    private KpiHealth() {
    }

    public static Health of(HealthBands bands, Double value) {
        if (value == null || !Double.isFinite(value)) {
            return Health.UNKNOWN;
        }
        if (reaches(bands.direction(), value, bands.target())) {
            return Health.GREEN;
        }
        if (bands.warning() != null && reaches(bands.direction(), value, bands.warning())) {
            return Health.AMBER;
        }
        return Health.RED;
    }

    /** Health of a whole value: UNKNOWN when it holds an error instead of a number. */
    public static Health of(HealthBands bands, KpiValue value) {
        return value == null ? Health.UNKNOWN : of(bands, value.value());
    }

    private static boolean reaches(KpiDirection direction, double value, double bound) {
        return direction == KpiDirection.HIGHER_IS_BETTER ? value >= bound : value <= bound;
    }
}
