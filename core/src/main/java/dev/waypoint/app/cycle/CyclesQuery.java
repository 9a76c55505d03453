package dev.waypoint.app.cycle;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.shared.NotFoundException;
import java.util.List;
import java.util.Objects;

/** Reads cycles, which every licensed user may see. */
public final class CyclesQuery {

    private final CycleAccess access;
    private final CycleRepository cycles;

    public CyclesQuery(CycleAccess access, CycleRepository cycles) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /** Every cycle, or those in {@code state} ({@code null}: any), by start date. */
    public List<Cycle> list(CycleState state) {
        access.requireReader();
        return cycles.findAll().stream().filter(cycle -> state == null || cycle.state() == state).toList();
    }

    /** @throws NotFoundException if there is no such cycle */
    public Cycle get(CycleId id) {
        access.requireReader();
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
    }
}
