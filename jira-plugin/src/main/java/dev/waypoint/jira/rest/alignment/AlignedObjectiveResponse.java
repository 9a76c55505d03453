package dev.waypoint.jira.rest.alignment;

import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;

/** An objective aligned to a KPI. */
public record AlignedObjectiveResponse(long objectiveId, String title, ObjectiveLevel level, String project,
        long cycleId, ObjectiveState state, String owner) {

    static AlignedObjectiveResponse of(Objective o) {
        return new AlignedObjectiveResponse(o.id().value(), o.title(), o.level(),
                o.project() == null ? null : o.project().value(), o.cycleId().value(), o.state(),
                o.owner() == null ? null : o.owner().value());
    }
}
