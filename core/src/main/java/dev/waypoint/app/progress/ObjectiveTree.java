package dev.waypoint.app.progress;

import dev.waypoint.closing.GradingPreview;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.scoring.Pace;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A cycle's alignment tree as one viewer may see it: the cycle's objectives and those aligned below them (in any
 * cycle) that the viewer may see, with progress computed over what the viewer may see.
 *
 * @param grading  the objectives and their progress ({@link GradingPreview}, already only what the viewer sees)
 * @param editable    the objectives the viewer may change (none in a closed cycle)
 * @param visibleKpis the KPIs the objectives are aligned to that the viewer may see (list no others)
 */
public record ObjectiveTree(Cycle cycle, LocalDate asOf, double expectedProgress, GradingPreview grading,
        Set<ObjectiveId> editable, Set<KpiId> visibleKpis) {

    public ObjectiveTree {
        Objects.requireNonNull(cycle, "'cycle' must not be null");
        Objects.requireNonNull(grading, "'grading' must not be null");
        editable = Set.copyOf(editable);
        visibleKpis = Set.copyOf(visibleKpis);
    }

    /** The objective's roll-up progress as the viewer may see it. */
    public Progress progress(ObjectiveId id) {
        return grading.objectiveProgress().getOrDefault(id, Progress.unknown(ProgressWarning.NOTHING_TO_ROLL_UP));
    }

    /** The objective's pace against the cycle's calendar (confidence does not change an objective's pace). */
    public PaceStatus pace(ObjectiveId id) {
        return Pace.status(progress(id), expectedProgress, null, grading.settings());
    }
}
