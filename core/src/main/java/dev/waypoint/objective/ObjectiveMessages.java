package dev.waypoint.objective;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the objective feature with their English patterns. */
public final class ObjectiveMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.objective.title.required", "Title is required",
            "waypoint.objective.title.tooLong", "Title must be at most {0} characters, was {1}",
            "waypoint.objective.title.controlCharacters", "Title must not contain control characters or line breaks",
            "waypoint.objective.description.tooLong", "Description must be at most {0} characters, was {1}",
            "waypoint.objective.description.controlCharacters", "Description must not contain control characters",
            "waypoint.objective.level.required", "Level is required (COMPANY, TEAM or INDIVIDUAL)",
            "waypoint.objective.owner.inactive", "There is no active user \"{0}\" to own this objective",
            "waypoint.objective.project.required", "A team objective needs a project",
            "waypoint.objective.project.notAllowed", "A company objective belongs to no project, but {0} was given",
            "waypoint.objective.project.invalid", "Project \"{0}\" is not a project key",
            "waypoint.objective.weight.outOfRange", "Weight must be greater than 0 and at most {1}, was {0}",
            "waypoint.objective.state.notSettable", "State {0} cannot be set here",
            "waypoint.objective.cycleId.required", "Cycle is required",
            "waypoint.objective.cycleId.closed", "Cycle \"{0}\" is closed",
            "waypoint.objective.cycleId.childrenNotOverlapping",
            "Cycle \"{0}\" does not overlap cycle \"{1}\" of an objective aligned to this one",
            "waypoint.objective.parentId.loop", "Aligning to \"{0}\" would create a loop",
            "waypoint.objective.parentId.cycleNotOverlapping",
            "Parent objective \"{0}\" is in cycle \"{1}\", which does not overlap cycle \"{2}\"",
            "waypoint.objective.cycleClosed", "Objective \"{0}\" belongs to closed cycle \"{1}\" and cannot be changed",
            "waypoint.objective.delete.hasChildren",
            "Objective \"{0}\" has aligned objectives; delete them or align them elsewhere first");

    private ObjectiveMessages() {
    }
}
