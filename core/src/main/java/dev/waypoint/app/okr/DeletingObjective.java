package dev.waypoint.app.okr;

import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveService;
import java.util.Objects;

/** Deletes an objective with its key results, their check-ins and initiatives; whoever may change it may. */
public final class DeletingObjective {

    private final OkrAccess access;
    private final ObjectiveService objectives;

    public DeletingObjective(OkrAccess access, ObjectiveService objectives) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException not allowed to change it
     * @throws dev.waypoint.shared.NotFoundException     no such objective, or invisible
     * @throws dev.waypoint.shared.ConflictException     its cycle is closed, or objectives align to it
     */
    public void delete(ObjectiveId id) {
        Objective existing = access.objective(id).objective();
        access.permissions().requireEdit(access.viewer(), existing);
        objectives.delete(existing.id());
    }
}
