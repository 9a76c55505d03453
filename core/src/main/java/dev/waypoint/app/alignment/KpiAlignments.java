package dev.waypoint.app.alignment;

import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.progress.ObjectiveStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The objectives aligned to a KPI as its page shows them (DESIGN §4 "KPI pages"), and those the viewer could align to
 * it; only objectives the viewer may see, with progress computed over what the viewer may see (DESIGN §5).
 *
 * @param aligned   the aligned objectives, by cycle start (latest first), then id
 * @param alignable the DRAFT or ACTIVE objectives of open cycles that the viewer may change and could align (not
 *                  aligned yet), of the KPI's project or the company (any, for a global KPI), by cycle start (latest
 *                  first), then title
 */
public record KpiAlignments(List<Aligned> aligned, List<Alignable> alignable) {

    public KpiAlignments {
        aligned = List.copyOf(aligned);
        alignable = List.copyOf(alignable);
    }

    /**
     * An aligned objective with its progress and pace in its cycle, and its key results (hidden ones by title only).
     *
     * @param canUnalign whether the viewer may remove the alignment (may change the objective, cycle not closed)
     * @param drillDown  the query behind each JQL key result the viewer sees with its numbers
     * @param formats    how the KPI each key result the viewer sees with its numbers is bound to shows its values
     *                   (a fraction as a percentage, seconds as a duration)
     */
    public record Aligned(ObjectiveStatus status, Cycle cycle, boolean canUnalign, Map<KeyResultId, DrillDown> drillDown,
            Map<KeyResultId, KpiValueFormat> formats) {

        public Aligned {
            Objects.requireNonNull(status, "'status' must not be null");
            Objects.requireNonNull(cycle, "'cycle' must not be null");
            drillDown = Map.copyOf(drillDown);
            formats = Map.copyOf(formats);
        }
    }

    /** An objective the viewer may align to the KPI. */
    public record Alignable(Objective objective, Cycle cycle) {

        public Alignable {
            Objects.requireNonNull(objective, "'objective' must not be null");
            Objects.requireNonNull(cycle, "'cycle' must not be null");
        }
    }
}
