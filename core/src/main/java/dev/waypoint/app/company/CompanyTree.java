package dev.waypoint.app.company;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.Grade;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Pace;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import dev.waypoint.scoring.Rollup;
import dev.waypoint.scoring.ScoringSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The numbers of the company page from one {@link CompanyCycleData}, for one viewer: a pure computation over maps, so
 * 20,000 objectives and 100,000 key results cost linear time. Progress follows DESIGN §3 through
 * {@link KeyResultProgress} and {@link Rollup}, given only what the viewer may see (the disclosure rule of §5: an
 * objective the viewer may not see counts for nobody's progress here, nor does anything below it). Since an
 * objective's progress depends only on what lies below it, a subtree gives its objectives the same numbers as the
 * whole cycle.
 */
final class CompanyTree {

    /** Company objectives first, then team, then individual; within a level by project, title and id. */
    static final Comparator<Objective> ORDER = Comparator.comparing(Objective::level)
            .thenComparing(o -> o.project() == null ? "" : o.project().value())
            .thenComparing(o -> o.title().toLowerCase(java.util.Locale.ROOT))
            .thenComparingLong(o -> o.id().value());

    private final Cycle cycle;
    private final ScoringSettings settings;
    private final double expected;
    private final ObjectiveAccess access;
    private final Map<ObjectiveId, Objective> visible = new HashMap<>();
    private final Map<ObjectiveId, List<Objective>> visibleChildren = new HashMap<>();
    private final Map<ObjectiveId, Progress> progress;
    private final Map<ObjectiveId, int[]> counts = new HashMap<>();

    /** Key results whose numbers the viewer may see; the others count for no progress here. */
    private final Predicate<KeyResult> shown;

    /**
     * @param shown whether the viewer may see a key result's numbers ({@code Disclosure}); the others are counted in
     *              no progress and not among the key results "you can see"
     */
    CompanyTree(Cycle cycle, CompanyCycleData data, ScoringSettings settings, LocalDate asOf,
            ObjectiveAccess access, Predicate<KeyResult> shown) {
        this.cycle = cycle;
        this.settings = settings;
        this.expected = Pace.expected(cycle.start(), cycle.end(), asOf);
        this.access = access;
        this.shown = shown;
        for (Objective objective : data.objectives()) {
            if (access.canView(objective)) {
                visible.put(objective.id(), objective);
            }
        }
        for (Objective objective : visible.values()) {
            if (objective.parentId() != null && visible.containsKey(objective.parentId())) {
                visibleChildren.computeIfAbsent(objective.parentId(), id -> new ArrayList<>()).add(objective);
            }
        }
        visibleChildren.values().forEach(list -> list.sort(ORDER));
        List<KeyResult> counted = new ArrayList<>();
        Map<KeyResultId, Progress> keyResultProgress = new HashMap<>();
        for (KeyResult keyResult : data.keyResults()) {
            if (visible.containsKey(keyResult.objectiveId()) && shown.test(keyResult)) {
                counted.add(keyResult);
                keyResultProgress.put(keyResult.id(), KeyResultProgress.fromCheckIns(keyResult.measure(),
                        KeyResultProgress.upTo(data.checkIns().getOrDefault(keyResult.id(), List.<CheckIn>of()),
                                asOf)));
            }
        }
        this.progress = Rollup.objectives(visible.values(), counted, keyResultProgress);
        countKeyResults(data);
    }

    /**
     * The key results behind each visible objective's progress: {counted, total}. Both count only key results of
     * objectives the viewer may see (an objective they may not see is not even counted: no count of hidden things);
     * counted are those whose numbers the viewer may see, the total adds those shown without numbers.
     */
    private void countKeyResults(CompanyCycleData data) {
        Map<ObjectiveId, Integer> own = new HashMap<>();
        Map<ObjectiveId, Integer> ownShown = new HashMap<>();
        for (KeyResult keyResult : data.keyResults()) {
            own.merge(keyResult.objectiveId(), 1, Integer::sum);
            if (shown.test(keyResult)) {
                ownShown.merge(keyResult.objectiveId(), 1, Integer::sum);
            }
        }
        Map<ObjectiveId, List<ObjectiveId>> contributing = new HashMap<>();
        for (Objective objective : data.objectives()) {
            if (objective.parentId() != null && objective.contributesToParent()
                    && objective.state() != ObjectiveState.ABANDONED) {
                contributing.computeIfAbsent(objective.parentId(), id -> new ArrayList<>()).add(objective.id());
            }
        }
        Map<ObjectiveId, Integer> counted = new HashMap<>();
        Map<ObjectiveId, Integer> totals = new HashMap<>();
        for (ObjectiveId id : visible.keySet()) {
            counts.put(id, new int[] {sum(id, ownShown, contributing, counted, new HashSet<>()),
                sum(id, own, contributing, totals, new HashSet<>())});
        }
    }

    /** Own key results plus those of contributing descendants the viewer may see. */
    private int sum(ObjectiveId id, Map<ObjectiveId, Integer> own, Map<ObjectiveId, List<ObjectiveId>> contributing,
            Map<ObjectiveId, Integer> done, Set<ObjectiveId> visiting) {
        Integer known = done.get(id);
        if (known != null) {
            return known;
        }
        if (!visiting.add(id)) {
            return 0; // a loop in stored data counts nothing, as in Rollup
        }
        int total = own.getOrDefault(id, 0);
        for (ObjectiveId child : contributing.getOrDefault(id, List.of())) {
            if (visible.containsKey(child)) {
                total += sum(child, own, contributing, done, visiting);
            }
        }
        done.put(id, total);
        return total;
    }

    Cycle cycle() {
        return cycle;
    }

    double expectedProgress() {
        return expected;
    }

    /** The visible objectives, in no order. */
    List<Objective> visibleObjectives() {
        return List.copyOf(visible.values());
    }

    boolean isVisible(ObjectiveId id) {
        return visible.containsKey(id);
    }

    Objective objective(ObjectiveId id) {
        return visible.get(id);
    }

    /** Visible objectives whose parent is not a visible objective of the cycle, in {@link #ORDER}. */
    List<Objective> roots() {
        return visible.values().stream()
                .filter(o -> o.parentId() == null || !visible.containsKey(o.parentId()))
                .sorted(ORDER).toList();
    }

    /** The visible children of a visible objective, in {@link #ORDER}. */
    List<Objective> childrenOf(ObjectiveId id) {
        return visibleChildren.getOrDefault(id, List.of());
    }

    /** The node of a visible objective, without loaded children and owner name ({@link CompanyReading#named}). */
    CompanyNode node(Objective objective) {
        Progress p = progress.getOrDefault(objective.id(), Progress.unknown(ProgressWarning.NOTHING_TO_ROLL_UP));
        int[] count = counts.getOrDefault(objective.id(), new int[] {0, 0});
        boolean closed = cycle.isClosed();
        var grade = closed ? objective.grade() : null;
        return new CompanyNode(objective, null, p,
                count[0], count[1], closed ? null : Pace.status(p, expected, null, settings), grade,
                grade == null ? null : Grade.band(grade.score(), settings), childrenOf(objective.id()).size(),
                !closed && access.canEdit(objective), List.of());
    }

    /** Whether the objective is a company objective: the company page's top level. */
    static boolean isCompany(Objective objective) {
        return objective.level() == ObjectiveLevel.COMPANY;
    }
}
