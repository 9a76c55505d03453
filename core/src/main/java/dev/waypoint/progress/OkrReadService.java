package dev.waypoint.progress;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.scoring.ScoringSettingsSource;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a cycle for a project page: one cycle lookup (none if the caller has the cycle) plus
 * {@link OkrReadRepository#loadCycle}, then pure scoring; and, for showing values, the formats of the bound KPIs.
 */
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
        return overview(cycle, project);
    }

    /** The overview of a cycle the caller has already read (e.g. with every cycle, for a picker): no cycle lookup. */
    public CycleOverview overview(Cycle cycle, ProjectKey project) {
        return overview(cycle, project, snapshot -> Visibility.ALL);
    }

    /**
     * The overview as one viewer may see it, {@code visibility} decided on the loaded snapshot (by the application
     * layer): no cycle lookup.
     */
    public CycleOverview overview(Cycle cycle, ProjectKey project, Function<CycleSnapshot, Visibility> visibility) {
        CycleSnapshot snapshot = snapshot(cycle, project);
        return overview(cycle, snapshot, visibility.apply(snapshot));
    }

    /** The cycle's objectives of a project page with everything about them, at most four reads. */
    public CycleSnapshot snapshot(Cycle cycle, ProjectKey project) {
        Objects.requireNonNull(cycle, "'cycle' must not be null");
        Objects.requireNonNull(project, "'project' must not be null");
        return reads.loadCycle(cycle.id(), project);
    }

    /** Scores a loaded snapshot as a viewer may see it: no read beyond the admin's settings. */
    public CycleOverview overview(Cycle cycle, CycleSnapshot snapshot, Visibility visibility) {
        return CycleOverview.of(cycle, snapshot, settings.current(), LocalDate.now(clock), visibility);
    }

    /**
     * How the KPIs that the overview's key results are bound to show their values
     * ({@link OkrReadRepository#kpiFormats}; no query when no key result is bound to a KPI). A deleted KPI is absent.
     */
    public Map<KpiId, KpiValueFormat> kpiFormats(CycleOverview overview) {
        List<KpiId> bound = overview.snapshot().boundKpis();
        return bound.isEmpty() ? Map.of() : reads.kpiFormats(bound);
    }
}
