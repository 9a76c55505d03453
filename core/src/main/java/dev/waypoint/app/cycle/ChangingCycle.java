package dev.waypoint.app.cycle;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.UpdateCycle;
import java.util.Objects;

/** Changes a cycle's name, dates or state; the company managers may. */
public final class ChangingCycle {

    private final CycleAccess access;
    private final CycleService cycles;

    public ChangingCycle(CycleAccess access, CycleService cycles) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles (company managers)
     * @throws dev.waypoint.shared.InvalidInputException every bad field
     */
    public Cycle change(UpdateCycle command) {
        access.requireManager();
        return cycles.update(command);
    }
}
