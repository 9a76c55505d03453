package dev.waypoint.jira.rest.cycle;

import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import java.util.List;

/**
 * What closing a cycle would do, for the close wizard: the suggested grade of each objective and the unfinished key
 * results that may be carried over. Only objectives the caller may see are listed, with grades computed over what the
 * caller may see (DESIGN §5); objectives they may not see are graded with their suggested grade, and not counted
 * here.
 *
 * @param version               send it back with the close
 * @param overrideNoteThreshold an override further than this from the suggested grade needs a note
 * @param greenFrom             grades from here up are green (the admin's grade bands)
 * @param yellowFrom            grades from here up to green are yellow; below, red
 */
public record ClosePreviewResponse(long cycleId, String cycleName, CycleState state, long version,
        double overrideNoteThreshold, List<GradedObjective> objectives, List<Candidate> carryOverCandidates,
        double greenFrom, double yellowFrom) {

    /**
     * @param suggestedGrade the clamped progress (without the key results dropped), or {@code null} when unknown (the
     *                       objective then closes ungraded)
     * @param graded         false for an abandoned objective, which gets no grade
     */
    public record GradedObjective(long id, String title, ObjectiveLevel level, String project, String owner,
            ObjectiveState state, ProgressBody progress, Double suggestedGrade, boolean graded) {
    }

    /**
     * An unfinished key result: progress below 1 or unknown. It is carried over, dropped, or kept as history.
     *
     * @param dropped whether this preview drops it ({@code ?drop=}): its objective's suggested grade leaves it out
     */
    public record Candidate(long keyResultId, String title, long objectiveId, String objectiveTitle,
            ProgressBody progress, boolean dropped) {
    }
}
