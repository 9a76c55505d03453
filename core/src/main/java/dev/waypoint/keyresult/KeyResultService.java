package dev.waypoint.keyresult;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.Weight;
import java.util.List;

/**
 * Creates, updates and deletes key results (DESIGN §3). Validation: title 1-255 characters without control
 * characters, weight > 0, unit at most 32 characters, a valid measure ({@link MeasureSpec}) and value source (KPI or
 * JQL only for METRIC and THRESHOLD; JQL at most 4,000 characters). Every problem is reported in one
 * {@link InvalidInputException} before anything is written. Key results of a closed cycle cannot change.
 */
public final class KeyResultService {

    private static final MessageCatalog MESSAGES = KeyResultMessages.CATALOG;

    private final KeyResultRepository keyResults;
    private final ObjectiveRepository objectives;
    private final CycleRepository cycles;
    private final KeyResultLookup lookup;
    private final KeyResultRemoval removal;
    private final Transactions transactions;

    public KeyResultService(KeyResultRepository keyResults, ObjectiveRepository objectives, CycleRepository cycles,
            KeyResultRemoval removal, Transactions transactions) {
        this.keyResults = keyResults;
        this.objectives = objectives;
        this.cycles = cycles;
        this.lookup = new KeyResultLookup(keyResults, objectives, cycles);
        this.removal = removal;
        this.transactions = transactions;
    }

    /**
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the objective does not exist
     * @throws ConflictException     if the objective's cycle is closed
     */
    public KeyResult create(CreateKeyResult command) {
        Problems problems = new Problems();
        ObjectiveId objectiveId = command.objectiveId();
        if (MESSAGES.require(problems, objectiveId != null, "objectiveId",
                "waypoint.keyresult.objectiveId.required")) {
            Objective objective = objectives.findById(objectiveId)
                    .orElseThrow(() -> new NotFoundException("Objective", objectiveId));
            Cycle cycle = cycles.findById(objective.cycleId())
                    .orElseThrow(() -> new NotFoundException("Cycle", objective.cycleId()));
            requireOpen(objective, cycle);
        }
        KeyResult keyResult = validate(command, objectiveId, problems);
        return keyResults.insert(keyResult);
    }

    /**
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the key result does not exist
     * @throws ConflictException     if it changed since {@code version} or its cycle is closed
     */
    public KeyResult update(UpdateKeyResult command) {
        KeyResultLookup.Found found = lookup.find(command.id());
        requireOpen(found.objective(), found.cycle());
        KeyResult existing = found.keyResult();
        if (existing.version() != command.version()) {
            throw ConflictException.staleVersion("KeyResult", existing.id(), command.version(), existing.version());
        }
        KeyResult changed = validate(command, existing.objectiveId(), new Problems());
        return keyResults.update(changed.withId(existing.id()).withVersion(existing.version()));
    }

    /**
     * Deletes a key result with its check-ins and initiatives, in one transaction.
     *
     * @throws NotFoundException if the key result does not exist
     * @throws ConflictException if its cycle is closed
     */
    public void delete(KeyResultId id) {
        KeyResultLookup.Found found = lookup.find(id);
        requireOpen(found.objective(), found.cycle());
        transactions.run(() -> removal.deleteKeyResults(List.of(id)));
    }

    private static KeyResult validate(KeyResultFields fields, ObjectiveId objectiveId, Problems problems) {
        TextRules.requireLine(MESSAGES, problems, "title", "waypoint.keyresult.title", fields.title(), Limits.TITLE);
        double weight = fields.weight() == null ? 1 : fields.weight();
        MESSAGES.require(problems, Weight.isValid(weight), "weight", "waypoint.keyresult.weight.outOfRange", weight,
                Weight.MAX);
        String unit = fields.unit() == null || fields.unit().isBlank() ? null : fields.unit().strip();
        TextRules.optionalText(MESSAGES, problems, "unit", "waypoint.keyresult.unit", unit, Limits.UNIT);
        Measure measure = MeasureValidation.measure(fields.measure(), problems);
        MeasureType type = fields.measure() == null ? null : fields.measure().type();
        ValueSource source = MeasureValidation.source(fields.source(), type, problems);
        problems.throwIfAny();
        return new KeyResult(null, objectiveId, fields.title().strip(), fields.owner(), new Weight(weight), unit,
                measure, source, 0);
    }

    private static void requireOpen(Objective objective, Cycle cycle) {
        if (cycle.isClosed()) {
            throw MESSAGES.conflict("waypoint.keyresult.cycleClosed", objective.title(), cycle.name());
        }
    }
}
