package dev.waypoint.jira.rest.cycle;

import java.util.List;

/**
 * The body of {@code POST /cycles/{id}/close}.
 *
 * @param version   required: the cycle version you read
 * @param overrides optional grades instead of the suggested ones, at most one per objective
 * @param carryOver optional: unfinished key results to copy into another cycle (the originals stay as history)
 * @param drop      optional: unfinished key results to drop: deleted with their check-ins and links, and left out of
 *                  their objective's grade. Unfinished key results neither carried over nor dropped stay as history.
 */
public record CloseRequest(Long version, List<Override> overrides, CarryOver carryOver, List<Long> drop) {

    /**
     * @param objectiveId required: an objective of the cycle the caller may see
     * @param grade       required, 0.0-1.0
     * @param note        at most 4,000 characters; required when the grade is further than the admin's threshold
     *                    (default 0.2) from the suggested grade
     */
    public record Override(Long objectiveId, Double grade, String note) {
    }

    /**
     * @param cycleId      required: a cycle that is not closed, not this one
     * @param keyResultIds unfinished key results of the cycle the caller may see
     */
    public record CarryOver(Long cycleId, List<Long> keyResultIds) {
    }
}
