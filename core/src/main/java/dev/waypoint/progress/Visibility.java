package dev.waypoint.progress;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one viewer may see of a cycle (DESIGN §5, decided by the application layer): which objectives, and which key
 * results of those show their title only, because their values derive from issues or KPIs the viewer may not see.
 * Progress, pace and forecasts are then computed over what the viewer sees.
 *
 * @param objectives the objectives the viewer may see
 * @param hidden     key results whose numbers the viewer may not see
 */
public record Visibility(Predicate<Objective> objectives, Set<KeyResultId> hidden) {

    /** Everything, as the refresh job, the grading at close and the tests of formulas see it. */
    public static final Visibility ALL = new Visibility(objective -> true, Set.of());

    public Visibility {
        Objects.requireNonNull(objectives, "'objectives' must not be null");
        hidden = Set.copyOf(hidden);
    }
}
