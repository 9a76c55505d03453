package dev.waypoint.app.okr;

import dev.waypoint.objective.ObjectiveFields;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveMessages;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.ProjectKey;

/**
 * The part of an objective's fields that decides who may write it (level and project), checked before the permission
 * check that needs them. The rest is validated by {@code ObjectiveService} with every other field.
 */
record ObjectiveScopeInput(ObjectiveLevel level, ProjectKey project) {

    private static final MessageCatalog MESSAGES = ObjectiveMessages.CATALOG;

    /** @throws dev.waypoint.shared.InvalidInputException if the level is missing or the project is not a key */
    static ObjectiveScopeInput of(ObjectiveFields fields) {
        Problems problems = new Problems();
        MESSAGES.require(problems, fields.level() != null, "level", "waypoint.objective.level.required");
        String raw = fields.project() == null || fields.project().isBlank() ? null : fields.project().strip();
        ProjectKey project = null;
        if (fields.level() != ObjectiveLevel.COMPANY && raw != null
                && MESSAGES.require(problems, ProjectKey.isValid(raw), "project", "waypoint.objective.project.invalid",
                        raw)) {
            project = new ProjectKey(raw);
        }
        problems.throwIfAny();
        return new ObjectiveScopeInput(fields.level(), project);
    }
}
