package dev.waypoint.app.cycle;

import dev.waypoint.cycle.CreateQuarters;
import dev.waypoint.cycle.Cycle;
import java.util.List;
import java.util.Objects;

/** Creates the four quarters of a year in one action; the company managers may. */
public final class CreatingQuarters {

    private final CycleAccess access;
    private final CycleService cycles;

    public CreatingQuarters(CycleAccess access, CycleService cycles) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles (company managers)
     * @throws dev.waypoint.shared.InvalidInputException every bad field
     */
    public List<Cycle> create(CreateQuarters command) {
        access.requireManager();
        return cycles.createQuarters(command);
    }
}
