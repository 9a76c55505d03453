package dev.waypoint.closing;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.shared.UserKey;
import dev.waypoint.keyresult.KeyResultId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Close a cycle: every objective that is not abandoned gets its final grade (the suggested grade, or an override) and
 * state CLOSED, the cycle becomes CLOSED, and optionally unfinished key results are carried over.
 *
 * @param version   the cycle version the caller read
 * @param overrides at most one per objective; {@code null}: none
 * @param carryOver {@code null}: carry nothing over
 * @param actor     the acting user, author of carried-over check-ins
 * @param dropped   unfinished key results to drop: deleted with their check-ins and links when the cycle closes, and
 *                  left out of their objective's grade. Every other unfinished key result that is not carried over
 *                  is kept as history (it stays in the closed cycle and counts in the grade).
 */
public record CloseCycle(CycleId cycleId, long version, List<GradeOverride> overrides, CarryOver carryOver,
        UserKey actor, List<KeyResultId> dropped) {

    public CloseCycle {
        Objects.requireNonNull(cycleId, "'cycleId' must not be null");
        Objects.requireNonNull(actor, "'actor' must not be null");
        overrides = overrides == null ? List.of() : overrides;
        dropped = dropped == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(dropped));
    }

    /** A close that drops nothing. */
    public CloseCycle(CycleId cycleId, long version, List<GradeOverride> overrides, CarryOver carryOver,
            UserKey actor) {
        this(cycleId, version, overrides, carryOver, actor, List.of());
    }
}
