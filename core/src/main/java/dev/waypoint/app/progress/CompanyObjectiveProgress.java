package dev.waypoint.app.progress;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.progress.Visibility;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Pace;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import dev.waypoint.scoring.Rollup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company-wide progress of the company objectives a project page shows for alignment (issue 12, item 4): the same
 * roll-up as the company page ({@code CycleGrading}: its key results and contributing objectives below it in any
 * project of the cycle, what the viewer may see of them), so a company objective shows the same number on every page
 * ({@code CompanyTree} of the company page computes it over the same objectives, key results and values).
 * It reuses what the page computed for its own objectives and key results, and reads the rest of the trees: their
 * objectives level by level (the number of reads grows with the depth of the trees, at most {@link #MAX_DEPTH}, never
 * with their size), and only for objectives not on the page their key results (one read), what the viewer may see of
 * them (the disclosure rule's reads) and their check-ins (one read); nothing without company objectives.
 */
public final class CompanyObjectiveProgress {

    /** Deepest alignment tree followed below a company objective, as {@code CycleGrading}. */
    static final int MAX_DEPTH = 20;

    private final ViewerVisibility visibility;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;

    public CompanyObjectiveProgress(ViewerVisibility visibility, ObjectiveRepository objectives,
            KeyResultRepository keyResults, CheckInRepository checkIns) {
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
    }

    /**
     * The statuses of the overview's company objectives with their company-wide progress, pace and the number of key
     * results counted ({@code keyResultsCounted} of {@code keyResultsTotal}: those below it the viewer sees, with
     * their numbers), by objective id. Values dated after the overview's day do not count.
     */
    public Map<ObjectiveId, ObjectiveStatus> of(CycleOverview overview) {
        List<ObjectiveStatus> company = overview.objectives().stream()
                .filter(o -> o.objective().level() == ObjectiveLevel.COMPANY).toList();
        if (company.isEmpty()) {
            return Map.of();
        }
        // what the page has computed already (its objectives, key results and their progress as the viewer sees it)
        Map<ObjectiveId, Objective> onPage = new HashMap<>();
        List<KeyResult> keyResultsSeen = new ArrayList<>();
        Map<KeyResultId, Progress> progress = new HashMap<>();
        Set<KeyResultId> hidden = new HashSet<>();
        for (ObjectiveStatus status : overview.objectives()) {
            onPage.put(status.objective().id(), status.objective());
            for (KeyResultStatus keyResult : status.keyResults()) {
                keyResultsSeen.add(keyResult.keyResult());
                progress.put(keyResult.keyResult().id(), keyResult.progress());
                if (keyResult.hidden()) {
                    hidden.add(keyResult.keyResult().id());
                }
            }
        }
        // the rest of their trees: other projects' objectives below them, read and judged here
        List<Objective> others = withDescendants(company.stream().map(ObjectiveStatus::objective).toList()).stream()
                .filter(o -> !onPage.containsKey(o.id())).toList();
        List<Objective> visible = new ArrayList<>(onPage.values());
        if (!others.isEmpty()) {
            List<KeyResult> theirKeyResults = keyResults.findByObjectiveIds(others.stream().map(Objective::id)
                    .toList());
            Visibility seen = visibility.of(others, theirKeyResults);
            List<Objective> shownOthers = others.stream().filter(seen.objectives()).toList();
            Set<ObjectiveId> shownIds = shownOthers.stream().map(Objective::id).collect(Collectors.toSet());
            List<KeyResult> theirs = theirKeyResults.stream().filter(k -> shownIds.contains(k.objectiveId()))
                    .toList();
            List<KeyResultId> shown = theirs.stream().map(KeyResult::id).filter(id -> !seen.hidden().contains(id))
                    .toList();
            Map<KeyResultId, List<CheckIn>> history = shown.isEmpty() ? Map.of()
                    : KeyResultProgress.upTo(checkIns.findByKeyResultIds(shown), overview.asOf()).stream()
                            .collect(Collectors.groupingBy(CheckIn::keyResultId));
            for (KeyResult keyResult : theirs) {
                boolean isHidden = seen.hidden().contains(keyResult.id());
                if (isHidden) {
                    hidden.add(keyResult.id());
                }
                progress.put(keyResult.id(), isHidden ? Progress.unknown(ProgressWarning.HIDDEN)
                        : KeyResultProgress.fromCheckIns(keyResult.measure(),
                                history.getOrDefault(keyResult.id(), List.of())));
            }
            visible.addAll(shownOthers);
            keyResultsSeen.addAll(theirs);
        }
        Map<ObjectiveId, Progress> rolled = Rollup.objectives(visible, keyResultsSeen, progress);
        Map<ObjectiveId, List<Objective>> children = contributingChildren(visible);
        Map<ObjectiveId, List<KeyResult>> own = keyResultsSeen.stream()
                .collect(Collectors.groupingBy(KeyResult::objectiveId));
        Map<ObjectiveId, ObjectiveStatus> statuses = new HashMap<>();
        for (ObjectiveStatus status : company) {
            ObjectiveId id = status.objective().id();
            Progress p = rolled.getOrDefault(id, Progress.unknown(ProgressWarning.NOTHING_TO_ROLL_UP));
            int total = 0;
            int counted = 0;
            for (ObjectiveId member : subtree(id, children)) {
                for (KeyResult keyResult : own.getOrDefault(member, List.of())) {
                    total++;
                    if (!hidden.contains(keyResult.id())) {
                        counted++;
                    }
                }
            }
            statuses.put(id, status.rolledUp(p, Pace.status(p, overview.expectedProgress(), null,
                    overview.settings()), counted, total));
        }
        return statuses;
    }

    private List<Objective> withDescendants(List<Objective> roots) {
        List<Objective> all = new ArrayList<>(roots);
        CycleId cycle = roots.get(0).cycleId();
        Set<ObjectiveId> seen = roots.stream().map(Objective::id).collect(Collectors.toCollection(HashSet::new));
        List<ObjectiveId> frontier = List.copyOf(seen);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<Objective> children = objectives.findByParentIds(frontier).stream()
                    .filter(child -> child.cycleId().equals(cycle) && seen.add(child.id())).toList();
            all.addAll(children);
            frontier = children.stream().map(Objective::id).toList();
        }
        return all;
    }

    /** The children that count in their parent's roll-up, as {@link Rollup#objectives} counts them. */
    private static Map<ObjectiveId, List<Objective>> contributingChildren(List<Objective> visible) {
        Map<ObjectiveId, List<Objective>> children = new HashMap<>();
        for (Objective child : visible) {
            if (child.parentId() != null && child.contributesToParent() && child.state() != ObjectiveState.ABANDONED) {
                children.computeIfAbsent(child.parentId(), p -> new ArrayList<>()).add(child);
            }
        }
        return children;
    }

    private static Set<ObjectiveId> subtree(ObjectiveId root, Map<ObjectiveId, List<Objective>> children) {
        Set<ObjectiveId> members = new HashSet<>();
        List<ObjectiveId> frontier = new ArrayList<>(List.of(root));
        while (!frontier.isEmpty()) {
            ObjectiveId next = frontier.remove(frontier.size() - 1);
            if (members.add(next)) {
                children.getOrDefault(next, List.of()).forEach(child -> frontier.add(child.id()));
            }
        }
        return members;
    }
}
