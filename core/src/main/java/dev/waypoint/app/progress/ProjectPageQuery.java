package dev.waypoint.app.progress;

import dev.waypoint.access.Scope;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.cycle.CurrentCycle;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the project page (DESIGN §4, §6): every cycle (one read), then the chosen one's objectives, key results,
 * check-ins and link counts in one bulk load (at most four reads, whatever their number), what the viewer may see of
 * them (the bound KPIs, whose formats the page shows too, and the refresh states of ISSUES key results: a read each,
 * only when there are such key results; one more per level of nested composite KPIs). A project the viewer may not browse is reported as not found.
 */
public final class ProjectPageQuery {

    private final OkrAccess access;
    private final ViewerVisibility visibility;
    private final CycleRepository cycles;
    private final OkrReadService reads;
    private final Clock clock;

    public ProjectPageQuery(OkrAccess access, ViewerVisibility visibility, CycleRepository cycles,
            OkrReadService reads, Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * @param wanted the cycle to show; {@code null}: the current one ({@link CurrentCycle})
     * @throws NotFoundException if the viewer may not browse the project, or {@code wanted} does not exist
     */
    public ProjectPage page(ProjectKey project, CycleId wanted) {
        access.requireLicensed();
        access.permissions().scopes().requireVisible(access.viewer(), Scope.project(project), "Project", project);
        List<Cycle> all = cycles.findAll();
        LocalDate today = LocalDate.now(clock);
        Optional<Cycle> selected = wanted == null ? CurrentCycle.of(all, today)
                : Optional.of(all.stream().filter(c -> c.id().equals(wanted)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Cycle", wanted)));
        boolean canCreate = access.permissions().canEdit(access.viewer(), ObjectiveLevel.TEAM, project,
                access.viewer().orElse(null));
        boolean canManageCycles = access.permissions().scopes().canManageCycles(access.viewer());
        if (selected.isEmpty()) {
            return new ProjectPage(project, all, null, today, null, Map.of(), canCreate, canManageCycles, Set.of(),
                    Set.of(), Set.of());
        }
        Cycle cycle = selected.get();
        CycleSnapshot snapshot = reads.snapshot(cycle, project);
        SeenCycle seen = visibility.of(snapshot);
        CycleOverview overview = reads.overview(cycle, snapshot, seen.visibility());
        Set<ObjectiveId> editable = new HashSet<>();
        Set<KeyResultId> editableKeyResults = new HashSet<>();
        Set<KeyResultId> checkIns = new HashSet<>();
        for (ObjectiveStatus status : overview.objectives()) {
            if (access.offersEdit(cycle, status.objective())) {
                editable.add(status.objective().id());
            }
            for (KeyResultStatus keyResult : status.keyResults()) {
                if (access.offersEdit(cycle, status.objective(), keyResult.keyResult())) {
                    editableKeyResults.add(keyResult.keyResult().id());
                }
                if (access.offersCheckIn(cycle, status.objective(), keyResult.keyResult())) {
                    checkIns.add(keyResult.keyResult().id());
                }
            }
        }
        return new ProjectPage(project, all, cycle, today, overview, seen.kpiFormats(),
                canCreate && !cycle.isClosed(), canManageCycles, editable, editableKeyResults, checkIns);
    }
}
