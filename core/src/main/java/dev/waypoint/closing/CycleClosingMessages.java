package dev.waypoint.closing;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of closing a cycle with their English patterns. */
public final class CycleClosingMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.cycle.close.override.objectiveId.required", "Objective is required",
            "waypoint.cycle.close.override.objectiveId.notInCycle",
            "Objective {0} is not an objective of cycle \"{1}\"",
            "waypoint.cycle.close.override.objectiveId.duplicate", "Objective {0} has more than one grade override",
            "waypoint.cycle.close.override.objectiveId.abandoned", "Objective \"{0}\" is abandoned and gets no grade",
            "waypoint.cycle.close.override.grade.required", "Grade is required",
            "waypoint.cycle.close.override.grade.outOfRange", "Grade must be a number from 0 to 1, was {0}",
            "waypoint.cycle.close.override.note.required",
            "A note is required: grade {0} differs from the suggested grade {1} by more than {2}",
            "waypoint.cycle.close.override.note.tooLong", "Note must be at most {0} characters, was {1}",
            "waypoint.cycle.close.override.note.controlCharacters", "Note must not contain control characters",
            "waypoint.cycle.close.carryOver.cycleId.required", "Choose the cycle to carry key results over to",
            "waypoint.cycle.close.carryOver.cycleId.same",
            "Key results cannot be carried over into the cycle being closed",
            "waypoint.cycle.close.carryOver.cycleId.closed", "Cycle \"{0}\" is closed; choose a cycle that is not",
            "waypoint.cycle.close.carryOver.keyResultIds.notInCycle",
            "Key result {0} is not a key result of cycle \"{1}\"",
            "waypoint.cycle.close.carryOver.keyResultIds.finished",
            "Key result \"{0}\" is finished and is not carried over",
            "waypoint.cycle.close.drop.notInCycle", "Key result {0} is not a key result of cycle \"{1}\"",
            "waypoint.cycle.close.drop.finished", "Key result \"{0}\" is finished and cannot be dropped",
            "waypoint.cycle.close.drop.carriedOver",
            "Key result \"{0}\" cannot be both carried over and dropped");

    private CycleClosingMessages() {
    }
}
