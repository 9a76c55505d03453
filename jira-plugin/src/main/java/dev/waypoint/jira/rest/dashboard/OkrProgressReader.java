package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.scoring.ScoringSettingsSource;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The read model of the "OKR progress" dashboard item, in three views, each a fixed number of queries and pure
 * scoring by core ({@link CycleOverview}):
 * <ul>
 *   <li><b>project</b>: a project's objectives of a cycle (by default the shortest ACTIVE cycle containing today),
 *       with the cycle's company objectives as context, through {@link OkrReadService} (1 + 4 queries);</li>
 *   <li><b>cycle</b>: the company picture of a cycle: its top objectives the caller may see (those without a visible
 *       parent), their progress rolled up over the visible objectives aligned below them (5 queries);</li>
 *   <li><b>objective</b>: one objective with the objectives aligned below it, in its project's view or, for an
 *       objective without a project, the company view (one more query).</li>
 * </ul>
 * Only objectives the caller may see are shown or counted.
 */
@Component
public class OkrProgressReader {

    /**
     * The company view builds a {@link CycleSnapshot} itself, from every visible objective of the cycle; core's
     * snapshot carries a project key as a label only (it reads nothing by it), so this label stands for "all".
     */
    private static final ProjectKey ALL_PROJECTS = new ProjectKey("ALL");

    private final OkrGuard guard;
    private final OkrStorage storage;
    private final OkrReadService reads;
    private final ScoringSettingsSource scoring;
    private final Clock clock;

    @Inject
    public OkrProgressReader(OkrGuard guard, OkrStorage storage, OkrReadService reads, ScoringSettingsSource scoring,
            Clock clock) {
        this.guard = Objects.requireNonNull(guard, "'guard' must not be null");
        this.storage = Objects.requireNonNull(storage, "'storage' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.scoring = Objects.requireNonNull(scoring, "'scoring' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * A project's objectives of {@code cycleId}, or of its current cycle when {@code null}; the caller may see the
     * project (checked by the caller).
     *
     * @throws NotFoundException if {@code cycleId} does not exist
     */
    public OkrProgressResponse project(ProjectKey project, CycleId cycleId) {
        Optional<Cycle> cycle = cycleId == null ? currentCycle() : Optional.of(cycle(cycleId));
        if (cycle.isEmpty()) {
            return new OkrProgressResponse(null, LocalDate.now(clock), null, List.of());
        }
        CycleOverview overview = reads.overview(cycle.get().id(), project);
        return response(overview, overview.objectives().stream().filter(o -> guard.canView(o.objective())).toList());
    }

    /** The company picture of a cycle: its top visible objectives. */
    public OkrProgressResponse company(CycleId cycleId) {
        CycleOverview overview = companyOverview(cycle(cycleId));
        Set<ObjectiveId> shown = overview.objectives().stream().map(o -> o.objective().id())
                .collect(Collectors.toSet());
        return response(overview, overview.objectives().stream()
                .filter(o -> o.objective().parentId() == null || !shown.contains(o.objective().parentId()))
                .toList());
    }

    /**
     * One objective and the objectives aligned below it.
     *
     * @throws NotFoundException if it does not exist or the caller may not see it
     */
    public OkrProgressResponse objective(ObjectiveId id) {
        Objective objective = guard.visibleObjective(id);
        Cycle cycle = cycle(objective.cycleId());
        CycleOverview overview = OkrGuard.scopeOf(objective) instanceof dev.waypoint.access.Scope.Project project
                ? reads.overview(cycle.id(), project.key())
                : companyOverview(cycle);
        Set<ObjectiveId> subtree = subtree(id, overview.objectives());
        return response(overview, overview.objectives().stream()
                .filter(o -> subtree.contains(o.objective().id()) && guard.canView(o.objective()))
                .toList());
    }

    /** Every objective of the cycle the caller may see, with key results, check-ins and initiative counts. */
    private CycleOverview companyOverview(Cycle cycle) {
        List<Objective> objectives = storage.objectives().findByCycleIds(List.of(cycle.id())).stream()
                .filter(guard::canView)
                .toList();
        List<KeyResult> keyResults = storage.keyResults()
                .findByObjectiveIds(objectives.stream().map(Objective::id).toList());
        List<KeyResultId> keyResultIds = keyResults.stream().map(KeyResult::id).toList();
        List<CheckIn> checkIns = storage.checkIns().findByKeyResultIds(keyResultIds);
        Map<KeyResultId, Integer> counts = storage.initiatives().countByKeyResultIds(keyResultIds);
        CycleSnapshot snapshot = CycleSnapshot.of(cycle.id(), ALL_PROJECTS, objectives, keyResults, checkIns, counts);
        return CycleOverview.of(cycle, snapshot, scoring.current(), LocalDate.now(clock));
    }

    /** The shortest ACTIVE cycle containing today (a quarter before its year); else the latest ACTIVE one. */
    private Optional<Cycle> currentCycle() {
        LocalDate today = LocalDate.now(clock);
        List<Cycle> active = storage.cycles().findAll().stream().filter(c -> c.state() == CycleState.ACTIVE)
                .toList();
        return active.stream().filter(c -> c.contains(today)).min(Comparator.comparingLong(Cycle::lengthInDays))
                .or(() -> active.stream().max(Comparator.comparing(Cycle::start)));
    }

    private Cycle cycle(CycleId id) {
        return storage.cycles().findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
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

    private static OkrProgressResponse response(CycleOverview overview, List<ObjectiveStatus> objectives) {
        Cycle c = overview.cycle();
        return new OkrProgressResponse(
                new OkrProgressResponse.CycleJson(c.id().value(), c.name(), c.start(), c.end(), c.state()),
                overview.asOf(), overview.expectedProgress(),
                objectives.stream().map(OkrProgressReader::objective).toList());
    }

    private static OkrProgressResponse.ObjectiveJson objective(ObjectiveStatus status) {
        Objective o = status.objective();
        return new OkrProgressResponse.ObjectiveJson(o.id().value(), o.title(), o.level(),
                o.project() == null ? null : o.project().value(), o.parentId() == null ? null : o.parentId().value(),
                o.owner() == null ? null : o.owner().value(), o.state(), ProgressJson.of(status.progress()),
                status.pace(), status.context(), status.keyResults().stream().map(OkrProgressReader::keyResult)
                        .toList());
    }

    private static OkrProgressResponse.KeyResultJson keyResult(KeyResultStatus status) {
        KeyResult k = status.keyResult();
        return new OkrProgressResponse.KeyResultJson(k.id().value(), k.title(),
                k.owner() == null ? null : k.owner().value(), k.unit(), k.measure().type(),
                ProgressJson.of(status.progress()), status.pace(), status.latestConfidence(),
                status.forecast() == null ? null : ProgressJson.of(status.forecast().expected()),
                status.initiativeCount());
    }
}
