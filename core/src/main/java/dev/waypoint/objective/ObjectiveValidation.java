package dev.waypoint.objective;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.TextRules;
import dev.waypoint.shared.Users;
import dev.waypoint.shared.Weight;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns {@link ObjectiveFields} into an {@link Objective}, or reports every problem in one exception. */
final class ObjectiveValidation {

    /** Alignment chains longer than this are treated as a loop (guards against corrupt stored data). */
    private static final int MAX_DEPTH = 1_000;

    private static final MessageCatalog MESSAGES = ObjectiveMessages.CATALOG;

    private final ObjectiveRepository objectives;
    private final CycleRepository cycles;
    private final Users users;

    ObjectiveValidation(ObjectiveRepository objectives, CycleRepository cycles, Users users) {
        this.objectives = objectives;
        this.cycles = cycles;
        this.users = users;
    }

    /**
     * Validates {@code fields} and builds the objective to store.
     *
     * @param existing the stored objective when updating, {@code null} when creating
     * @param state    the state the command asks for, already defaulted
     * @throws dev.waypoint.shared.InvalidInputException with every bad field
     * @throws NotFoundException                         if the cycle or the parent does not exist
     */
    Objective validate(ObjectiveFields fields, Objective existing, ObjectiveState state,
            Set<ObjectiveState> allowedStates) {
        Problems problems = new Problems();
        TextRules.requireLine(MESSAGES, problems, "title", "waypoint.objective.title", fields.title(), Limits.TITLE);
        TextRules.optionalText(MESSAGES, problems, "description", "waypoint.objective.description",
                fields.description(), Limits.DESCRIPTION);
        MESSAGES.require(problems, fields.level() != null, "level", "waypoint.objective.level.required");
        MESSAGES.require(problems, users.acceptsOwner(fields.owner()), "owner", "waypoint.objective.owner.inactive",
                fields.owner());
        ProjectKey project = project(fields, problems);
        double weight = fields.weight() == null ? 1 : fields.weight();
        MESSAGES.require(problems, Weight.isValid(weight), "weight", "waypoint.objective.weight.outOfRange", weight,
                Weight.MAX);
        MESSAGES.require(problems, allowedStates.contains(state), "state", "waypoint.objective.state.notSettable",
                state);
        Cycle cycle = cycle(fields.cycleId(), problems);
        if (cycle != null && fields.parentId() != null) {
            checkParent(fields.parentId(), existing, cycle, problems);
        }
        if (cycle != null && existing != null && !cycle.id().equals(existing.cycleId())) {
            checkChildrenStillOverlap(existing, cycle, problems);
        }
        problems.throwIfAny();
        return new Objective(existing == null ? null : existing.id(), fields.cycleId(), fields.title().strip(),
                blankToNull(fields.description()), fields.level(), fields.kind(),
                fields.commitment() == null ? Commitment.COMMITTED : fields.commitment(), fields.owner(), project,
                fields.parentId(), fields.contributesToParent() == null || fields.contributesToParent(),
                new Weight(weight), fields.alignedKpis(), state, existing == null ? null : existing.grade(),
                existing == null ? 0 : existing.version());
    }

    static Set<ObjectiveState> settable(ObjectiveState... states) {
        return EnumSet.copyOf(List.of(states));
    }

    private static ProjectKey project(ObjectiveFields fields, Problems problems) {
        String key = blankToNull(fields.project());
        if (fields.level() == ObjectiveLevel.COMPANY) {
            MESSAGES.require(problems, key == null, "project", "waypoint.objective.project.notAllowed", key);
            return null;
        }
        if (key == null) {
            MESSAGES.require(problems, fields.level() != ObjectiveLevel.TEAM, "project",
                    "waypoint.objective.project.required");
            return null;
        }
        return MESSAGES.require(problems, ProjectKey.isValid(key), "project", "waypoint.objective.project.invalid",
                key) ? new ProjectKey(key) : null;
    }

    private Cycle cycle(CycleId cycleId, Problems problems) {
        if (!MESSAGES.require(problems, cycleId != null, "cycleId", "waypoint.objective.cycleId.required")) {
            return null;
        }
        Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("Cycle", cycleId));
        return MESSAGES.require(problems, !cycle.isClosed(), "cycleId", "waypoint.objective.cycleId.closed",
                cycle.name()) ? cycle : null;
    }

    private void checkParent(ObjectiveId parentId, Objective existing, Cycle cycle, Problems problems) {
        Objective parent = objectives.findById(parentId)
                .orElseThrow(() -> new NotFoundException("Objective", parentId));
        if (existing != null && createsLoop(existing.id(), parent)) {
            MESSAGES.add(problems, "parentId", "waypoint.objective.parentId.loop", parent.title());
            return;
        }
        Cycle parentCycle = parent.cycleId().equals(cycle.id()) ? cycle
                : cycles.findById(parent.cycleId()).orElseThrow(() -> new NotFoundException("Cycle", parent.cycleId()));
        MESSAGES.require(problems, parentCycle.overlaps(cycle), "parentId",
                "waypoint.objective.parentId.cycleNotOverlapping", parent.title(), parentCycle.name(), cycle.name());
    }

    /** Whether {@code self} is {@code parent} or one of its ancestors. */
    private boolean createsLoop(ObjectiveId self, Objective parent) {
        Set<ObjectiveId> seen = new HashSet<>();
        Objective current = parent;
        while (current != null) {
            if (current.id().equals(self) || !seen.add(current.id()) || seen.size() > MAX_DEPTH) {
                return true;
            }
            current = current.parentId() == null ? null : objectives.findById(current.parentId()).orElse(null);
        }
        return false;
    }

    private void checkChildrenStillOverlap(Objective existing, Cycle newCycle, Problems problems) {
        List<Objective> children = objectives.findByParentIds(List.of(existing.id()));
        Set<CycleId> childCycles = new HashSet<>();
        children.forEach(child -> childCycles.add(child.cycleId()));
        cycles.findByIds(childCycles).stream()
                .filter(childCycle -> !childCycle.overlaps(newCycle))
                .findFirst()
                .ifPresent(childCycle -> MESSAGES.add(problems, "cycleId",
                        "waypoint.objective.cycleId.childrenNotOverlapping", newCycle.name(), childCycle.name()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
