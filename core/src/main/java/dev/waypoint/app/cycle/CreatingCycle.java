package dev.waypoint.app.cycle;

import dev.waypoint.cycle.CreateCycle;
import dev.waypoint.cycle.Cycle;
import java.util.Objects;

/** Creates a cycle; the company managers may (Jira administrators and the company group). */
public final class CreatingCycle {

    private final CycleAccess access;
    private final CycleService cycles;

    public CreatingCycle(CycleAccess access, CycleService cycles) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles (company managers)
     * @throws dev.waypoint.shared.InvalidInputException every bad field
     */
    public Cycle create(CreateCycle command) {
        access.requireManager();
        return cycles.create(command);
    }
}
