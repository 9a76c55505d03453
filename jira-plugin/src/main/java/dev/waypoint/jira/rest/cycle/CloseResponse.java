package dev.waypoint.jira.rest.cycle;

import java.util.List;

/**
 * The closed cycle, the final grade of each objective the caller may see, and the copies made by the carry-over.
 *
 * @param graded      objectives with their final grade ({@code grade} {@code null}: closed without a grade)
 * @param carriedOver the new key results in the target cycle
 * @param dropped     the key results deleted by the close
 */
public record CloseResponse(CycleResponse cycle, List<Graded> graded, List<CarriedOver> carriedOver,
        List<Dropped> dropped) {

    public record Dropped(long keyResultId, String title, long objectiveId) {
    }

    public record Graded(long objectiveId, String title, Double grade, String note) {
    }

    public record CarriedOver(long keyResultId, String title, long objectiveId) {
    }
}
