package dev.waypoint.app.cycle;

import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.closing.CarryOver;
import dev.waypoint.closing.CloseCycle;
import dev.waypoint.closing.ClosedCycle;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.closing.GradeOverride;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Closes a cycle (DESIGN §3 "Grade at close"): grades every objective that is not abandoned (the suggested grade, or an
 * override, which needs a note when it differs by more than the admin's threshold), closes the cycle and carries
 * unfinished key results over. The company managers may; an override or carry-over may name only objectives and key
 * results the manager may see (others answer as missing). The answer lists only what the manager may see.
 */
public final class ClosingCycle {

    private final CycleAccess access;
    private final OkrAccess okr;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CycleClosingService closing;

    public ClosingCycle(CycleAccess access, OkrAccess okr, ObjectiveRepository objectives,
            KeyResultRepository keyResults, CycleClosingService closing) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.okr = Objects.requireNonNull(okr, "'okr' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.closing = Objects.requireNonNull(closing, "'closing' must not be null");
    }

    /**
     * @param overrides {@code null} elements and ids are reported by the closing rules as bad input
     * @param carryOver {@code null}: carry nothing over
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles
     * @throws dev.waypoint.shared.InvalidInputException every bad override and carry-over field
     * @throws NotFoundException                         the cycle, the carry-over target, or a named objective or key
     *                                                   result does not exist or is invisible
     * @throws dev.waypoint.shared.ConflictException     the cycle is closed already or changed since {@code version}
     */
    public ClosedCycle close(CycleId cycleId, long version, List<GradeOverride> overrides, CarryOver carryOver) {
        UserKey actor = access.requireManager();
        requireVisibleIfTheyExist(overrides == null ? List.of() : overrides.stream()
                .filter(o -> o != null && o.objectiveId() != null).map(GradeOverride::objectiveId).toList(),
                carryOver == null ? List.of() : carryOver.keyResultIds().stream().filter(Objects::nonNull).toList());
        ClosedCycle closed = closing.close(new CloseCycle(cycleId, version, overrides, carryOver, actor));
        return new ClosedCycle(closed.cycle(), closed.graded().stream().filter(okr::canView).toList(),
                closed.carriedOver());
    }

    /** Objectives and key results that exist but are invisible answer as missing (at most three bulk reads). */
    private void requireVisibleIfTheyExist(List<ObjectiveId> objectiveIds, List<KeyResultId> keyResultIds) {
        if (!objectiveIds.isEmpty()) {
            objectives.findByIds(objectiveIds).stream().filter(o -> !okr.canView(o)).findFirst().ifPresent(o -> {
                throw new NotFoundException("Objective", o.id());
            });
        }
        if (!keyResultIds.isEmpty()) {
            List<KeyResult> found = keyResults.findByIds(keyResultIds);
            Map<ObjectiveId, Objective> theirs = objectives.findByIds(found.stream().map(KeyResult::objectiveId)
                    .distinct().toList()).stream().collect(Collectors.toMap(Objective::id, o -> o));
            found.stream().filter(k -> theirs.containsKey(k.objectiveId()) && !okr.canView(theirs.get(k.objectiveId())))
                    .findFirst().ifPresent(k -> {
                        throw new NotFoundException("KeyResult", k.id());
                    });
        }
    }
}
