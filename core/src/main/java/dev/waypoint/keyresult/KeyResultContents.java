package dev.waypoint.keyresult;

import java.util.Collection;

/**
 * What hangs on key results and goes with them when they are deleted: check-ins, initiatives and refresh states.
 * Those live in features above this one, so the application layer implements it.
 */
@FunctionalInterface
public interface KeyResultContents {

    /** Deletes everything that belongs to the key results (not the key results), inside the caller's transaction. */
    void deleteContentsOf(Collection<KeyResultId> keyResults);
}
