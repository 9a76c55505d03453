package dev.waypoint.app.progress;

import dev.waypoint.access.Scope;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CurrentCycle;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.progress.Visibility;
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
import java.util.stream.Collectors;

/**
 * Reads the "OKR progress" dashboard item, in three views, each a fixed number of reads and pure scoring, and only
 * what the viewer may see with numbers computed over it (DESIGN §5):
 * <ul>
 *   <li><b>project</b>: a project's objectives of a cycle (by default the current one, {@link CurrentCycle}, as on
 *       the project page), with the cycle's company objectives as context;</li>
 *   <li><b>company</b>: a cycle's top objectives the viewer may see (those without a visible parent), their progress
 *       rolled up over the visible objectives aligned below them;</li>
 *   <li><b>objective</b>: one objective with the objectives aligned below it, in its project's view or, for an
 *       objective without a project, the company view.</li>
 * </ul>
 */
public final class OkrProgressQuery {

    /**
     * The company view builds a {@link CycleSnapshot} itself, from every visible objective of the cycle; core's
     * snapshot carries a project key as a label only (it reads nothing by it), so this label stands for "all".
     */
    private static final ProjectKey ALL_PROJECTS = new ProjectKey("ALL");

    private final OkrAccess access;
    private final ViewerVisibility visibility;
    private final OkrReadService reads;
    private final CycleRepository cycles;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final InitiativeRepository initiatives;
    private final Clock clock;

    public OkrProgressQuery(OkrAccess access, ViewerVisibility visibility, OkrReadService reads,
            CycleRepository cycles, ObjectiveRepository objectives, KeyResultRepository keyResults,
            CheckInRepository checkIns, InitiativeRepository initiatives, Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * A project's objectives of {@code cycleId}, or of the current cycle when {@code null}.
     *
     * @throws dev.waypoint.access.AccessDeniedException if the viewer may not browse the project
     * @throws NotFoundException                         if {@code cycleId} does not exist
     */
    public OkrProgress project(ProjectKey project, CycleId cycleId) {
        access.requireLicensed();
        access.permissions().scopes().requireView(access.viewer(), Scope.project(project));
        Optional<Cycle> cycle = cycleId == null ? CurrentCycle.of(cycles.findAll(), LocalDate.now(clock))
                : Optional.of(cycle(cycleId));
        if (cycle.isEmpty()) {
            return OkrProgress.none(LocalDate.now(clock));
        }
        CycleSnapshot snapshot = reads.snapshot(cycle.get(), project);
        CycleOverview overview = reads.overview(cycle.get(), snapshot, visibility.of(snapshot).visibility());
        return progress(overview, overview.objectives());
    }

    /**
     * The company picture of a cycle: its top visible objectives.
     *
     * @throws dev.waypoint.access.AccessDeniedException if the viewer may not see company items
     * @throws NotFoundException                         if the cycle does not exist
     */
    public OkrProgress company(CycleId cycleId) {
        access.requireLicensed();
        access.permissions().scopes().requireView(access.viewer(), Scope.COMPANY);
        CycleOverview overview = companyOverview(cycle(cycleId));
        Set<ObjectiveId> shown = overview.objectives().stream().map(o -> o.objective().id())
                .collect(Collectors.toSet());
        return progress(overview, overview.objectives().stream()
                .filter(o -> o.objective().parentId() == null || !shown.contains(o.objective().parentId()))
                .toList());
    }

    /**
     * One objective and the objectives aligned below it.
     *
     * @throws NotFoundException if it does not exist or the viewer may not see it
     */
    public OkrProgress objective(ObjectiveId id) {
        OkrAccess.VisibleObjective found = access.objective(id);
        Cycle cycle = found.cycle();
        CycleOverview overview;
        if (OkrPermissions.scopeOf(found.objective()) instanceof Scope.Project project) {
            CycleSnapshot snapshot = reads.snapshot(cycle, project.key());
            overview = reads.overview(cycle, snapshot, visibility.of(snapshot).visibility());
        } else {
            overview = companyOverview(cycle);
        }
        Set<ObjectiveId> subtree = subtree(id, overview.objectives());
        return progress(overview, overview.objectives().stream()
                .filter(o -> subtree.contains(o.objective().id())).toList());
    }

    /** Every objective of the cycle with key results, check-ins and link counts, as the viewer may see them. */
    private CycleOverview companyOverview(Cycle cycle) {
        List<Objective> ofCycle = objectives.findByCycleIds(List.of(cycle.id())).stream().filter(access::canView)
                .toList();
        List<KeyResult> theirs = keyResults.findByObjectiveIds(ofCycle.stream().map(Objective::id).toList());
        Visibility seen = visibility.of(ofCycle, theirs);
        List<KeyResultId> shown = theirs.stream().map(KeyResult::id).filter(id -> !seen.hidden().contains(id))
                .toList();
        List<CheckIn> history = shown.isEmpty() ? List.of() : checkIns.findByKeyResultIds(shown);
        Map<KeyResultId, Integer> counts = shown.isEmpty() ? Map.of() : initiatives.countByKeyResultIds(shown);
        CycleSnapshot snapshot = CycleSnapshot.of(cycle.id(), ALL_PROJECTS, ofCycle, theirs, history, counts);
        return reads.overview(cycle, snapshot, seen);
    }

    private Cycle cycle(CycleId id) {
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
    }

    private OkrProgress progress(CycleOverview overview, List<ObjectiveStatus> shown) {
        return new OkrProgress(overview.cycle(), overview.asOf(), overview, shown);
    }

    private static Set<ObjectiveId> subtree(ObjectiveId root, List<ObjectiveStatus> objectives) {
        Set<ObjectiveId> subtree = new HashSet<>(Set.of(root));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (ObjectiveStatus status : objectives) {
                ObjectiveId parent = status.objective().parentId();
                if (parent != null && subtree.contains(parent) && subtree.add(status.objective().id())) {
                    grown = true;
                }
            }
        }
        return subtree;
    }
}
