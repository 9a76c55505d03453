package dev.waypoint.closing;

import dev.waypoint.objective.ObjectiveId;

/**
 * A grade given at close instead of the suggested one. An override further than the admin's threshold (default 0.2)
 * from the suggested grade needs a note.
 *
 * @param grade 0.0-1.0
 * @param note  at most 4,000 characters
 */
public record GradeOverride(ObjectiveId objectiveId, Double grade, String note) {
}
