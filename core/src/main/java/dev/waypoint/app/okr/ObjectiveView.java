package dev.waypoint.app.okr;

import dev.waypoint.objective.Objective;
import java.util.Objects;

/**
 * An objective as its viewer sees it, with what the viewer may do with it.
 *
 * @param canEdit whether the viewer may change or delete it and add key results (never in a closed cycle)
 */
public record ObjectiveView(Objective objective, boolean canEdit) {

    public ObjectiveView {
        Objects.requireNonNull(objective, "'objective' must not be null");
    }
}
