package dev.waypoint.app.cycle;

import dev.waypoint.cycle.CycleId;
import java.util.Objects;

/** Deletes a cycle without objectives; the company managers may. */
public final class DeletingCycle {

    private final CycleAccess access;
    private final CycleService cycles;

    public DeletingCycle(CycleAccess access, CycleService cycles) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles (company managers)
     * @throws dev.waypoint.shared.NotFoundException     if there is no such cycle
     * @throws dev.waypoint.shared.ConflictException     if it is closed or still has objectives
     */
    public void delete(CycleId id) {
        access.requireManager();
        cycles.delete(id);
    }
}
