package dev.waypoint.objective;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.Users;
import java.util.List;
import java.util.Set;

/**
 * Creates, updates and deletes objectives (DESIGN §3). Validation: title 1-255 characters without control characters,
 * description at most 10,000, a level, a valid project key (required for TEAM, none for COMPANY), weight > 0, the
 * cycle exists and is not closed, the parent exists, creates no loop and its cycle overlaps the objective's. Every
 * problem is reported in one {@link InvalidInputException} before anything is written. Permissions are checked by the
 * caller.
 */
public final class ObjectiveService {

    private static final Set<ObjectiveState> CREATABLE = ObjectiveValidation.settable(ObjectiveState.DRAFT,
            ObjectiveState.ACTIVE);
    private static final Set<ObjectiveState> UPDATABLE = ObjectiveValidation.settable(ObjectiveState.DRAFT,
            ObjectiveState.ACTIVE, ObjectiveState.ABANDONED);

    private final ObjectiveRepository objectives;
    private final CycleRepository cycles;
    private final ObjectiveValidation validation;
    private final ObjectiveContents contents;
    private final Transactions transactions;

    public ObjectiveService(ObjectiveRepository objectives, CycleRepository cycles, Users users,
            ObjectiveContents contents, Transactions transactions) {
        this.objectives = objectives;
        this.cycles = cycles;
        this.validation = new ObjectiveValidation(objectives, cycles, users);
        this.contents = contents;
        this.transactions = transactions;
    }

    /**
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the cycle or the parent does not exist
     */
    public Objective create(CreateObjective command) {
        ObjectiveState state = command.state() == null ? ObjectiveState.ACTIVE : command.state();
        return objectives.insert(validation.validate(command, null, state, CREATABLE));
    }

    /**
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the objective, the cycle or the parent does not exist
     * @throws ConflictException     if the objective changed since {@code version} or its cycle is closed
     */
    public Objective update(UpdateObjective command) {
        Objective existing = editable(command.id());
        if (existing.version() != command.version()) {
            throw ConflictException.staleVersion("Objective", existing.id(), command.version(), existing.version());
        }
        ObjectiveState state = command.state() == null ? existing.state() : command.state();
        return objectives.update(validation.validate(command, existing, state, UPDATABLE));
    }

    /**
     * Deletes an objective with its key results, their check-ins and initiatives, in one transaction.
     *
     * @throws NotFoundException if there is no such objective
     * @throws ConflictException if its cycle is closed or other objectives align to it
     */
    public void delete(ObjectiveId id) {
        Objective objective = editable(id);
        if (!objectives.findByParentIds(List.of(id)).isEmpty()) {
            throw ObjectiveMessages.CATALOG.conflict("waypoint.objective.delete.hasChildren", objective.title());
        }
        transactions.run(() -> {
            contents.deleteContentsOf(id);
            objectives.delete(id);
        });
    }

    /** The stored objective, if its cycle is not closed. */
    private Objective editable(ObjectiveId id) {
        Objective objective = objectives.findById(id).orElseThrow(() -> new NotFoundException("Objective", id));
        Cycle cycle = cycles.findById(objective.cycleId())
                .orElseThrow(() -> new NotFoundException("Cycle", objective.cycleId()));
        if (cycle.isClosed()) {
            throw ObjectiveMessages.CATALOG.conflict("waypoint.objective.cycleClosed", objective.title(),
                    cycle.name());
        }
        return objective;
    }
}
