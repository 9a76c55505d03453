package dev.waypoint.objective;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Set;

/**
 * Replace every editable field of an objective (moving it to another cycle included). {@code version} is the version
 * the caller read. See {@link ObjectiveFields} for the fields.
 *
 * @param state DRAFT, ACTIVE or ABANDONED; {@code null} keeps the current state
 */
public record UpdateObjective(
        ObjectiveId id,
        long version,
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

    public UpdateObjective {
        Objects.requireNonNull(id, "'id' must not be null");
    }

    /** The same command aligning the objective to {@code kpis} instead. */
    public UpdateObjective withAlignedKpis(Set<KpiId> kpis) {
        return new UpdateObjective(id, version, cycleId, title, description, level, kind, commitment, owner, project,
                parentId, contributesToParent, weight, kpis, state);
    }
}
