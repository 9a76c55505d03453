package dev.waypoint.jira.rest.objective;

import dev.waypoint.objective.FinalGrade;

/**
 * The final grade an objective received when its cycle closed.
 *
 * @param score 0.0-1.0
 * @param note  why the grade differs from the suggested one, or {@code null}
 */
public record GradeBody(double score, String note) {

    public static GradeBody of(FinalGrade grade) {
        return grade == null ? null : new GradeBody(grade.score(), grade.note());
    }
}
