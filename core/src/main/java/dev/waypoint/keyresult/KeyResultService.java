package dev.waypoint.keyresult;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.Jql;
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
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Users;
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
    private final Users users;
    private final IssueSearch search;
    private final KeyResultContents contents;
    private final Transactions transactions;

    public KeyResultService(KeyResultRepository keyResults, ObjectiveRepository objectives, CycleRepository cycles,
            Users users, IssueSearch search, KeyResultContents contents, Transactions transactions) {
        this.keyResults = keyResults;
        this.objectives = objectives;
        this.cycles = cycles;
        this.lookup = new KeyResultLookup(keyResults, objectives, cycles);
        this.users = users;
        this.search = search;
        this.contents = contents;
        this.transactions = transactions;
    }

    /**
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the objective does not exist
     * @throws ConflictException     if the objective's cycle is closed
     */
    public KeyResult create(CreateKeyResult command) {
        ObjectiveId objectiveId = command.objectiveId();
        if (objectiveId == null) {
            validate(command, null, MESSAGES.add(new Problems(), "objectiveId",
                    "waypoint.keyresult.objectiveId.required"));
        }
        Objective objective = objectives.findById(objectiveId)
                .orElseThrow(() -> new NotFoundException("Objective", objectiveId));
        Cycle cycle = cycles.findById(objective.cycleId())
                .orElseThrow(() -> new NotFoundException("Cycle", objective.cycleId()));
        return create(objective, cycle, command);
    }

    /**
     * As {@link #create(CreateKeyResult)} for the objective (of {@code command}) that the caller has loaded with its
     * cycle.
     *
     * @throws InvalidInputException with every bad field
     * @throws ConflictException     if the objective's cycle is closed
     */
    public KeyResult create(Objective objective, Cycle cycle, CreateKeyResult command) {
        requireOpen(objective, cycle);
        return keyResults.insert(validate(command, objective, new Problems()));
    }

    /**
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the key result does not exist
     * @throws ConflictException     if it changed since {@code version} or its cycle is closed
     */
    public KeyResult update(UpdateKeyResult command) {
        return update(lookup.find(command.id()), command);
    }

    /**
     * As {@link #update(UpdateKeyResult)} for a key result the caller has loaded with its objective and cycle.
     *
     * @throws InvalidInputException with every bad field
     * @throws ConflictException     if it changed since {@code version} or its cycle is closed
     */
    public KeyResult update(KeyResultLookup.Found found, UpdateKeyResult command) {
        requireOpen(found.objective(), found.cycle());
        KeyResult existing = found.keyResult();
        if (existing.version() != command.version()) {
            throw ConflictException.staleVersion("KeyResult", existing.id(), command.version(), existing.version());
        }
        KeyResult changed = validate(command, found.objective(), new Problems());
        return keyResults.update(changed.withId(existing.id()).withVersion(existing.version()));
    }

    /**
     * Deletes a key result with its check-ins and initiatives, in one transaction.
     *
     * @throws NotFoundException if the key result does not exist
     * @throws ConflictException if its cycle is closed
     */
    public void delete(KeyResultId id) {
        delete(lookup.find(id));
    }

    /**
     * As {@link #delete(KeyResultId)} for a key result the caller has loaded with its objective and cycle.
     *
     * @throws ConflictException if its cycle is closed
     */
    public void delete(KeyResultLookup.Found found) {
        requireOpen(found.objective(), found.cycle());
        KeyResultId id = found.keyResult().id();
        transactions.run(() -> {
            contents.deleteContentsOf(List.of(id));
            keyResults.deleteByIds(List.of(id));
        });
    }

    /** @param objective the key result's objective, {@code null} when the command names none */
    private KeyResult validate(KeyResultFields fields, Objective objective, Problems problems) {
        TextRules.requireLine(MESSAGES, problems, "title", "waypoint.keyresult.title", fields.title(), Limits.TITLE);
        MESSAGES.require(problems, users.acceptsOwner(fields.owner()), "owner", "waypoint.keyresult.owner.inactive",
                fields.owner());
        double weight = fields.weight() == null ? 1 : fields.weight();
        MESSAGES.require(problems, Weight.isValid(weight), "weight", "waypoint.keyresult.weight.outOfRange", weight,
                Weight.MAX);
        String unit = fields.unit() == null || fields.unit().isBlank() ? null : fields.unit().strip();
        TextRules.optionalText(MESSAGES, problems, "unit", "waypoint.keyresult.unit", unit, Limits.UNIT);
        Measure measure = MeasureValidation.measure(fields.measure(), problems);
        MeasureType type = fields.measure() == null ? null : fields.measure().type();
        ValueSource source = MeasureValidation.source(fields.source(), type, problems);
        if (source instanceof ValueSource.Jql jql && objective != null) {
            source = jqlSource(jql, objective, fields.owner() != null ? fields.owner() : objective.owner(), problems);
        }
        problems.throwIfAny();
        return new KeyResult(null, objective == null ? null : objective.id(), fields.title().strip(), fields.owner(), new Weight(weight), unit,
                measure, source, 0);
    }

    /**
     * A JQL source is counted as the key result's owner (or its objective's): validated by Jira as that user, like a
     * KPI's queries, so that a query that could never be counted is refused when it is saved.
     */
    private ValueSource.Jql jqlSource(ValueSource.Jql source, Objective objective, UserKey runAs,
            Problems problems) {
        ValueSource.Jql restricted = objective.project() != null ? new ValueSource.Jql(source.jql())
                : source;
        boolean scoped = MESSAGES.require(problems, !restricted.countedIn(objective).isEmpty(), "source.projects",
                "waypoint.keyresult.source.projects.required");
        if (MESSAGES.require(problems, runAs != null, "source.jql", "waypoint.keyresult.source.jql.noOwner")
                && scoped && users.isActive(runAs)) {
            for (String jiraMessage : search.validate(Jql.inProjects(source.jql(), restricted.countedIn(objective)),
                    runAs)) {
                MESSAGES.add(problems, "source.jql", "waypoint.keyresult.source.jql.rejected", jiraMessage);
            }
        }
        return restricted;
    }

    private static void requireOpen(Objective objective, Cycle cycle) {
        if (cycle.isClosed()) {
            throw MESSAGES.conflict("waypoint.keyresult.cycleClosed", objective.title(), cycle.name());
        }
    }
}
