package dev.waypoint.kpi;

import java.util.Objects;

/**
 * The healthy bound ({@code target}) and the optional amber bound ({@code warning}) of a KPI in its direction. The
 * warning bound must lie strictly on the unhealthy side of the target: below it when higher is better, above it when
 * lower is better (DESIGN §3: "a warning bound on the wrong side of the target is invalid input").
 *
 * @param warning {@code null} for a KPI that is only GREEN or RED
 */
public record HealthBands(KpiDirection direction, double target, Double warning) {

    public HealthBands {
        Objects.requireNonNull(direction, "'direction' must not be null");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("'target' must be finite, was " + target);
        }
        if (warning != null && !isWarningOnUnhealthySide(direction, target, warning)) {
            throw new IllegalArgumentException("'warning' " + warning + " is on the wrong side of 'target' " + target
                    + " for " + direction);
        }
    }

    /** Whether {@code warning} lies strictly on the unhealthy side of {@code target} (and is finite). */
    public static boolean isWarningOnUnhealthySide(KpiDirection direction, double target, double warning) {
        return Double.isFinite(warning) && direction.isBetter(target, warning);
    }
}
