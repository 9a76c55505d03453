package dev.waypoint.objective.read;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.scoring.ScoringSettingsSource;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Reads a cycle for a project page: one cycle lookup plus {@link OkrReadRepository#loadCycle}, then pure scoring. */
public final class OkrReadService {

    private final CycleRepository cycles;
    private final OkrReadRepository reads;
    private final ScoringSettingsSource settings;
    private final Clock clock;

    public OkrReadService(CycleRepository cycles, OkrReadRepository reads, ScoringSettingsSource settings,
            Clock clock) {
        this.cycles = cycles;
        this.reads = reads;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws NotFoundException if the cycle does not exist */
    public CycleOverview overview(CycleId cycleId, ProjectKey project) {
        Objects.requireNonNull(project, "'project' must not be null");
        Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("Cycle", cycleId));
        return CycleOverview.of(cycle, reads.loadCycle(cycleId, project), settings.current(), LocalDate.now(clock));
    }
}
