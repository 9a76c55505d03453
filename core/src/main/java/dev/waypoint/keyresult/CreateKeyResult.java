package dev.waypoint.keyresult;

import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.UserKey;

/** Add a key result to an objective. See {@link KeyResultFields}. */
public record CreateKeyResult(ObjectiveId objectiveId, String title, UserKey owner, Double weight, String unit,
        MeasureSpec measure, ValueSourceSpec source) implements KeyResultFields {
}
