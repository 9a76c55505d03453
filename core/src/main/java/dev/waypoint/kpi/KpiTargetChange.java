package dev.waypoint.kpi;

import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of a KPI's target, kept so that the insight "target raised without an OKR" (DESIGN §3) can tell when a
 * target was made more ambitious.
 *
 * @param direction the KPI's direction after the change
 * @param changedBy who changed it
 */
public record KpiTargetChange(KpiId kpiId, Instant at, double oldTarget, double newTarget, KpiDirection direction,
        UserKey changedBy) {

    public KpiTargetChange {
        Objects.requireNonNull(kpiId, "'kpiId' must not be null");
        Objects.requireNonNull(at, "'at' must not be null");
        Objects.requireNonNull(direction, "'direction' must not be null");
        Objects.requireNonNull(changedBy, "'changedBy' must not be null");
        if (!Kpi.isAcceptedNumber(oldTarget) || !Kpi.isAcceptedNumber(newTarget)) {
            throw new IllegalArgumentException("targets must be finite and within +/-" + Kpi.MAX_MAGNITUDE);
        }
    }

    /** Whether the new target asks for more than the old one in the KPI's direction. */
    public boolean isMoreAmbitious() {
        return direction.isBetter(newTarget, oldTarget);
    }
}
