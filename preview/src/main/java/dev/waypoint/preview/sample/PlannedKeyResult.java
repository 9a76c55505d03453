package dev.waypoint.preview.sample;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import java.util.Objects;

/** A key result written from its plan, with its objective: what the weekly check-ins need. */
record PlannedKeyResult(KeyResult keyResult, Objective objective, KeyResultPlan plan) {

    PlannedKeyResult {
        Objects.requireNonNull(keyResult, "'keyResult' must not be null");
        Objects.requireNonNull(objective, "'objective' must not be null");
        Objects.requireNonNull(plan, "'plan' must not be null");
    }
}
