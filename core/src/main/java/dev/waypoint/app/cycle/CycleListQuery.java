package dev.waypoint.app.cycle;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cycles of the admin page with what the viewer may do to each (DESIGN §4 "Admin page"): for those who manage
 * cycles (Jira administrators and the company group). Reads every cycle and which of them hold objectives.
 */
public final class CycleListQuery {

    private final CycleRepository cycles;
    private final CyclesInUse inUse;
    private final CycleAccess access;

    public CycleListQuery(CycleRepository cycles, CyclesInUse inUse, CycleAccess access) {
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.inUse = Objects.requireNonNull(inUse, "'inUse' must not be null");
        this.access = Objects.requireNonNull(access, "'access' must not be null");
    }

    /** @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles */
    public CycleList list() {
        access.requireManager();
        List<Cycle> all = cycles.findAll();
        Set<CycleId> used = all.isEmpty() ? Set.of() : inUse.withObjectives(all.stream().map(Cycle::id).toList());
        return new CycleList(all.stream().map(cycle -> new CycleEntry(cycle, !cycle.isClosed(),
                !cycle.isClosed() && !used.contains(cycle.id()), !cycle.isClosed())).toList(), true);
    }
}
