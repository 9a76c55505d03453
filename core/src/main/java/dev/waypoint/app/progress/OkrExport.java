package dev.waypoint.app.progress;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cycle's OKRs as one viewer may export them: the objectives they may see, all their key results, and the
 * check-ins of those whose numbers they may see; hidden key results are exported by title only.
 *
 * @param hidden key results whose measure and values must not be exported (DESIGN §5)
 */
public record OkrExport(Cycle cycle, List<Objective> objectives, List<KeyResult> keyResults, List<CheckIn> checkIns,
        Set<KeyResultId> hidden) {

    public OkrExport {
        Objects.requireNonNull(cycle, "'cycle' must not be null");
        objectives = List.copyOf(objectives);
        keyResults = List.copyOf(keyResults);
        checkIns = List.copyOf(checkIns);
        hidden = Set.copyOf(hidden);
    }
}
