package dev.waypoint.closing;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.Grade;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a {@link CloseCycle} against its {@link GradingPreview}, reporting every bad field. */
final class CloseCycleValidation {

    private static final MessageCatalog MESSAGES = CycleClosingMessages.CATALOG;
    private static final String KEY = "waypoint.cycle.close.";

    private CloseCycleValidation() {
    }

    /** The valid overrides by objective; adds problems for the bad ones. */
    static Map<ObjectiveId, GradeOverride> overrides(CloseCycle command, GradingPreview preview, Problems problems) {
        Map<ObjectiveId, Objective> objectives = preview.objectives().stream()
                .collect(Collectors.toMap(Objective::id, Function.identity()));
        Map<ObjectiveId, GradeOverride> valid = new HashMap<>();
        Map<ObjectiveId, Boolean> seen = new HashMap<>();
        for (int i = 0; i < command.overrides().size(); i++) {
            GradeOverride override = command.overrides().get(i);
            String field = "overrides[" + i + "]";
            ObjectiveId id = override == null ? null : override.objectiveId();
            if (!MESSAGES.require(problems, id != null, field + ".objectiveId", KEY + "override.objectiveId.required")
                    || !MESSAGES.require(problems, objectives.containsKey(id), field + ".objectiveId",
                            KEY + "override.objectiveId.notInCycle", id, preview.cycle().name())
                    || !MESSAGES.require(problems, seen.put(id, true) == null, field + ".objectiveId",
                            KEY + "override.objectiveId.duplicate", id)
                    || !MESSAGES.require(problems, objectives.get(id).state() != ObjectiveState.ABANDONED,
                            field + ".objectiveId", KEY + "override.objectiveId.abandoned", objectives.get(id).title())
                    || !grade(override, preview.suggestedGrade(id), preview, field, problems)) {
                continue;
            }
            valid.put(id, override);
        }
        return valid;
    }

    private static boolean grade(GradeOverride override, Double suggested, GradingPreview preview, String field,
            Problems problems) {
        Double grade = override.grade();
        boolean noteOk = TextRules.optionalText(MESSAGES, problems, field + ".note", KEY + "override.note",
                override.note(), Limits.COMMENT);
        if (!MESSAGES.require(problems, grade != null, field + ".grade", KEY + "override.grade.required")
                || !MESSAGES.require(problems, Double.isFinite(grade) && grade >= 0 && grade <= 1, field + ".grade",
                        KEY + "override.grade.outOfRange", grade)) {
            return false;
        }
        boolean noted = override.note() != null && !override.note().isBlank();
        double threshold = preview.settings().overrideNoteThreshold();
        return MESSAGES.require(problems, noted || !Grade.overrideNeedsNote(suggested, grade, preview.settings()),
                field + ".note", KEY + "override.note.required", grade, suggested, threshold) && noteOk;
    }

    /**
     * The target cycle and the key results to carry over, or {@code null} when there is nothing to do or a problem.
     *
     * @throws NotFoundException if the target cycle does not exist
     */
    static Cycle target(CarryOver carryOver, GradingPreview preview, CycleRepository cycles, Problems problems) {
        if (carryOver == null) {
            return null;
        }
        if (!MESSAGES.require(problems, carryOver.targetCycleId() != null, "carryOver.cycleId",
                KEY + "carryOver.cycleId.required")) {
            return null;
        }
        Cycle target = cycles.findById(carryOver.targetCycleId())
                .orElseThrow(() -> new NotFoundException("Cycle", carryOver.targetCycleId()));
        boolean ok = MESSAGES.require(problems, !target.id().equals(preview.cycle().id()), "carryOver.cycleId",
                KEY + "carryOver.cycleId.same")
                && MESSAGES.require(problems, !target.isClosed(), "carryOver.cycleId",
                        KEY + "carryOver.cycleId.closed", target.name());
        return ok ? target : null;
    }

    /**
     * The key results to drop, each at most once; adds problems for unknown and finished ones and for those that are
     * also carried over.
     */
    static List<KeyResult> dropped(List<KeyResultId> ids, CarryOver carryOver, GradingPreview preview,
            Problems problems) {
        Map<KeyResultId, KeyResult> ofCycle = preview.keyResults().stream()
                .collect(Collectors.toMap(KeyResult::id, Function.identity()));
        Set<KeyResultId> carried = carryOver == null ? Set.of()
                : carryOver.keyResultIds().stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<KeyResultId, KeyResult> dropped = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            KeyResultId id = ids.get(i);
            String field = "drop[" + i + "]";
            KeyResult keyResult = id == null ? null : ofCycle.get(id);
            if (MESSAGES.require(problems, keyResult != null, field, KEY + "drop.notInCycle", id,
                    preview.cycle().name())
                    && MESSAGES.require(problems, !preview.progressOf(id).isComplete(), field, KEY + "drop.finished",
                            keyResult.title())
                    && MESSAGES.require(problems, !carried.contains(id), field, KEY + "drop.carriedOver",
                            keyResult.title())) {
                dropped.putIfAbsent(id, keyResult);
            }
        }
        return List.copyOf(dropped.values());
    }

    /** The chosen key results, each at most once; adds problems for unknown and finished ones. */
    static List<KeyResult> chosen(CarryOver carryOver, GradingPreview preview, Problems problems) {
        if (carryOver == null) {
            return List.of();
        }
        Map<KeyResultId, KeyResult> ofCycle = preview.keyResults().stream()
                .collect(Collectors.toMap(KeyResult::id, Function.identity()));
        Map<KeyResultId, KeyResult> chosen = new LinkedHashMap<>();
        for (int i = 0; i < carryOver.keyResultIds().size(); i++) {
            KeyResultId id = carryOver.keyResultIds().get(i);
            String field = "carryOver.keyResultIds[" + i + "]";
            KeyResult keyResult = id == null ? null : ofCycle.get(id);
            if (MESSAGES.require(problems, keyResult != null, field, KEY + "carryOver.keyResultIds.notInCycle", id,
                    preview.cycle().name())
                    && MESSAGES.require(problems, !preview.progressOf(id).isComplete(), field,
                            KEY + "carryOver.keyResultIds.finished", keyResult.title())) {
                chosen.putIfAbsent(id, keyResult);
            }
        }
        return List.copyOf(chosen.values());
    }
}
