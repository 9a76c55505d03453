package dev.waypoint.closing;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import java.util.List;

/**
 * The result of closing a cycle: the closed cycle, its graded objectives, the carried-over key results (the new
 * copies) and the dropped key results (deleted, as they were).
 */
public record ClosedCycle(Cycle cycle, List<Objective> graded, List<KeyResult> carriedOver, List<KeyResult> dropped) {

    public ClosedCycle {
        graded = List.copyOf(graded);
        carriedOver = List.copyOf(carriedOver);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
    }

    /** A close that dropped nothing. */
    public ClosedCycle(Cycle cycle, List<Objective> graded, List<KeyResult> carriedOver) {
        this(cycle, graded, carriedOver, List.of());
    }
}
