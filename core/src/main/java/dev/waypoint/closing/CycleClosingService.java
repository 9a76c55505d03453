package dev.waypoint.closing;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleMessages;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultContents;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.Visibility;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.Transactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Closes a cycle (DESIGN §3 "Grade at close", §4 "cycle close wizard"): suggested grades from progress, overrides
 * (one further than the threshold from the suggestion needs a note), and for each unfinished key result one of three
 * choices: carry it over into another cycle ({@link CarryOverWriter}; the original stays as history), drop it (it is
 * deleted with its check-ins and links and left out of its objective's grade), or keep it as history (the default:
 * it stays in the closed cycle and counts in the grade). All in one transaction after everything was validated.
 */
public final class CycleClosingService {

    private final CycleRepository cycles;
    private final ObjectiveRepository objectives;
    private final CycleGrading grading;
    private final CarryOverWriter carryOverWriter;
    private final KeyResultRepository keyResults;
    private final KeyResultContents contents;
    private final Transactions transactions;

    public CycleClosingService(CycleRepository cycles, ObjectiveRepository objectives, CycleGrading grading,
            CarryOverWriter carryOverWriter, KeyResultRepository keyResults, KeyResultContents contents,
            Transactions transactions) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.grading = grading;
        this.carryOverWriter = carryOverWriter;
        this.keyResults = keyResults;
        this.contents = contents;
        this.transactions = transactions;
    }

    /**
     * What closing would grade, for the close wizard: suggested grades and unfinished key results.
     *
     * @throws NotFoundException if the cycle does not exist
     */
    public GradingPreview preview(CycleId cycleId) {
        return grading.preview(find(cycleId));
    }

    /**
     * What closing would grade when {@code dropped} are dropped: their objectives' suggested grades leave them out.
     *
     * @throws InvalidInputException if a key result to drop is not an unfinished key result of the cycle
     * @throws NotFoundException     if the cycle does not exist
     */
    public GradingPreview preview(CycleId cycleId, List<KeyResultId> dropped) {
        return preview(find(cycleId), (objectives, keyResults) -> Visibility.ALL, dropped);
    }

    /**
     * What closing would grade when {@code dropped} are dropped, as one viewer may see it ({@code rule}, see
     * {@link CycleGrading#preview(Cycle, BiFunction, Collection)}).
     *
     * @throws InvalidInputException if a key result to drop is not an unfinished key result of the cycle
     */
    public GradingPreview preview(Cycle cycle, BiFunction<List<Objective>, List<KeyResult>, Visibility> rule,
            Collection<KeyResultId> dropped) {
        List<KeyResultId> toDrop = List.copyOf(dropped);
        GradingPreview preview = grading.preview(cycle, rule, toDrop);
        if (toDrop.isEmpty()) {
            return preview;
        }
        Problems problems = new Problems();
        CloseCycleValidation.dropped(toDrop, null, preview, problems);
        problems.throwIfAny();
        return preview;
    }

    /**
     * @throws InvalidInputException with every bad override and carry-over field
     * @throws NotFoundException     if the cycle or the carry-over target does not exist
     * @throws ConflictException     if the cycle is closed already or changed since {@code version}
     */
    public ClosedCycle close(CloseCycle command) {
        Cycle cycle = find(command.cycleId());
        if (cycle.isClosed()) {
            throw CycleMessages.CATALOG.conflict("waypoint.cycle.closed", cycle.name());
        }
        if (cycle.version() != command.version()) {
            throw ConflictException.staleVersion("Cycle", cycle.id(), command.version(), cycle.version());
        }
        GradingPreview preview = grading.preview(cycle, command.dropped().stream().filter(Objects::nonNull).toList());
        Problems problems = new Problems();
        Map<ObjectiveId, GradeOverride> overrides = CloseCycleValidation.overrides(command, preview, problems);
        Cycle target = CloseCycleValidation.target(command.carryOver(), preview, cycles, problems);
        List<KeyResult> chosen = CloseCycleValidation.chosen(command.carryOver(), preview, problems);
        List<KeyResult> dropped = CloseCycleValidation.dropped(command.dropped(), command.carryOver(), preview,
                problems);
        problems.throwIfAny();
        return transactions.inTransaction(() -> {
            List<Objective> graded = new ArrayList<>();
            for (Objective objective : preview.gradedObjectives()) {
                graded.add(objectives.update(objective.closed(finalGrade(objective.id(), overrides, preview))));
            }
            List<KeyResult> carried = target == null ? List.of()
                    : carryOverWriter.carryOver(preview, target, chosen, command.actor());
            List<KeyResultId> droppedIds = dropped.stream().map(KeyResult::id).toList();
            if (!droppedIds.isEmpty()) {
                contents.deleteContentsOf(droppedIds);
                keyResults.deleteByIds(droppedIds);
            }
            Cycle closed = cycles.update(cycle.withState(CycleState.CLOSED));
            return new ClosedCycle(closed, graded, carried, dropped);
        });
    }

    private static FinalGrade finalGrade(ObjectiveId id, Map<ObjectiveId, GradeOverride> overrides,
            GradingPreview preview) {
        GradeOverride override = overrides.get(id);
        if (override != null) {
            String note = override.note() == null || override.note().isBlank() ? null : override.note();
            return new FinalGrade(override.grade(), note);
        }
        Double suggested = preview.suggestedGrade(id);
        return suggested == null ? null : new FinalGrade(suggested, null);
    }

    private Cycle find(CycleId id) {
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
    }
}
