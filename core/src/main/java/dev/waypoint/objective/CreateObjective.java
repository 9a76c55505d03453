package dev.waypoint.objective;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.UserKey;
import java.util.Set;

/**
 * Create an objective. See {@link ObjectiveFields} for the fields.
 *
 * @param state DRAFT or ACTIVE; {@code null}: ACTIVE
 */
public record CreateObjective(
        CycleId cycleId,
        String title,
        String description,
        ObjectiveLevel level,
        ObjectiveKind kind,
        Commitment commitment,
        UserKey owner,
        String project,
        ObjectiveId parentId,
        Boolean contributesToParent,
        Double weight,
        Set<KpiId> alignedKpis,
        ObjectiveState state) implements ObjectiveFields {
}
