package dev.waypoint.objective;

/**
 * What hangs on an objective and goes with it when it is deleted: its key results with their check-ins, initiatives
 * and refresh states. Those live in features above this one, so the application layer implements it.
 */
@FunctionalInterface
public interface ObjectiveContents {

    /** Deletes everything that belongs to the objective (not the objective itself), inside the caller's transaction. */
    void deleteContentsOf(ObjectiveId objective);
}
