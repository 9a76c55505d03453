package dev.waypoint.jira.rest.objective;

import dev.waypoint.cycle.CycleState;
import dev.waypoint.scoring.PaceStatus;
import java.util.List;

/**
 * The alignment tree of one cycle: its objectives that the caller may see, each under its parent. An objective whose
 * parent is in another cycle, or invisible to the caller, is a root (its {@code parentId} still says where it aligns).
 *
 * @param expectedProgress the elapsed fraction of the cycle today
 * @param roots            ordered by id, as are the children of every node
 */
public record ObjectiveTreeResponse(long cycleId, String cycleName, CycleState cycleState, double expectedProgress,
        List<Node> roots) {

    /**
     * One objective with its roll-up progress (its key results and contributing aligned objectives, in any cycle) and
     * pace.
     */
    public record Node(ObjectiveResponse objective, ProgressBody progress, PaceStatus pace,
            List<Node> children) {
    }
}
