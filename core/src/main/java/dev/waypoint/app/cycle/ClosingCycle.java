package dev.waypoint.app.cycle;

import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.closing.CarryOver;
import dev.waypoint.closing.CloseCycle;
import dev.waypoint.closing.ClosedCycle;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.closing.GradeOverride;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Closes a cycle (DESIGN §3 "Grade at close"): grades every objective that is not abandoned (the suggested grade, or an
 * override, which needs a note when it differs by more than the admin's threshold), closes the cycle and carries
 * unfinished key results over or drops them. The company managers may; an override, carry-over or drop may name only
 * objectives and key results the manager may see (others answer as missing). The answer lists only what the manager
 * may see.
 */
public final class ClosingCycle {

    private final CycleAccess access;
    private final OkrAccess okr;
    private final CycleClosingService closing;

    public ClosingCycle(CycleAccess access, OkrAccess okr, CycleClosingService closing) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.okr = Objects.requireNonNull(okr, "'okr' must not be null");
        this.closing = Objects.requireNonNull(closing, "'closing' must not be null");
    }

    /**
     * @param overrides {@code null} elements and ids are reported by the closing rules as bad input
     * @param carryOver {@code null}: carry nothing over
     * @param dropped   unfinished key results to delete at close (see {@link CloseCycle#dropped()})
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles
     * @throws dev.waypoint.shared.InvalidInputException every bad override and carry-over field
     * @throws NotFoundException                         the cycle, the carry-over target, or a named objective or key
     *                                                   result does not exist or is invisible
     * @throws dev.waypoint.shared.ConflictException     the cycle is closed already or changed since {@code version}
     */
    public ClosedCycle close(CycleId cycleId, long version, List<GradeOverride> overrides, CarryOver carryOver,
            List<KeyResultId> dropped) {
        UserKey actor = access.requireManager();
        List<KeyResultId> named = new ArrayList<>();
        if (carryOver != null) {
            carryOver.keyResultIds().stream().filter(Objects::nonNull).forEach(named::add);
        }
        dropped.stream().filter(Objects::nonNull).forEach(named::add);
        okr.requireVisibleIfTheyExist(overrides == null ? List.of() : overrides.stream()
                .filter(o -> o != null && o.objectiveId() != null).map(GradeOverride::objectiveId).toList(), named);
        ClosedCycle closed = closing.close(new CloseCycle(cycleId, version, overrides, carryOver, actor, dropped));
        return new ClosedCycle(closed.cycle(), closed.graded().stream().filter(okr::canView).toList(),
                closed.carriedOver(), closed.dropped());
    }
}
