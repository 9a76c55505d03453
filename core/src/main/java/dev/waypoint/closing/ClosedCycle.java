package dev.waypoint.closing;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import java.util.List;

/** The result of closing a cycle: the closed cycle, its graded objectives and the carried-over key results. */
public record ClosedCycle(Cycle cycle, List<Objective> graded, List<KeyResult> carriedOver) {

    public ClosedCycle {
        graded = List.copyOf(graded);
        carriedOver = List.copyOf(carriedOver);
    }
}
