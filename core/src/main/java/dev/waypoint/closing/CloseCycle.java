package dev.waypoint.closing;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.shared.UserKey;
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
 */
public record CloseCycle(CycleId cycleId, long version, List<GradeOverride> overrides, CarryOver carryOver,
        UserKey actor) {

    public CloseCycle {
        Objects.requireNonNull(cycleId, "'cycleId' must not be null");
        Objects.requireNonNull(actor, "'actor' must not be null");
        overrides = overrides == null ? List.of() : overrides;
    }
}
