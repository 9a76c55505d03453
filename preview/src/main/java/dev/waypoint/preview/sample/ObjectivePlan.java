package dev.waypoint.preview.sample;

import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import java.util.List;
import java.util.Objects;

/**
 * An objective of the sample with its key results. {@code parent} is the handle of an objective of the same quarter
 * planned before it; {@code alignedKpis} are KPI handles.
 *
 * @param project a project key, {@code null} for a company (or personal) objective
 */
record ObjectivePlan(String handle, String title, String description, ObjectiveLevel level, ObjectiveKind kind,
        Commitment commitment, String owner, String project, String parent, boolean contributesToParent,
        List<String> alignedKpis, List<KeyResultPlan> keyResults) {

    ObjectivePlan {
        Objects.requireNonNull(handle, "'handle' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(level, "'level' must not be null");
        alignedKpis = List.copyOf(alignedKpis);
        keyResults = List.copyOf(keyResults);
    }
}
