package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.MeasureType;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.PaceStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The read model of the "OKR progress" dashboard item: objectives of a cycle with their key results, progress and
 * pace.
 *
 * @param cycle            {@code null} when a project has no active cycle (then {@code objectives} is empty)
 * @param expectedProgress the elapsed fraction of the cycle on {@code asOf}; {@code null} without cycle
 * @param objectives       ordered by id; the tree follows from {@code parentId}
 */
public record OkrProgressResponse(CycleJson cycle, LocalDate asOf, Double expectedProgress,
        List<ObjectiveJson> objectives) {

    public record CycleJson(long id, String name, LocalDate start, LocalDate end, CycleState state) {
    }

    /**
     * @param context a COMPANY objective shown on a project's item for alignment: its progress counts only what the
     *                item shows
     * @param keyResultsCounted how many of its key results its progress counts (the caller sees their numbers)
     * @param keyResultsTotal   how many key results it has, hidden ones included ("2 of 3 key results")
     */
    public record ObjectiveJson(long id, String title, ObjectiveLevel level, String project, Long parentId,
            String owner, ObjectiveState state, ProgressJson progress, PaceStatus pace, boolean context,
            List<KeyResultJson> keyResults, int keyResultsCounted, int keyResultsTotal) {
    }

    /**
     * @param confidence the latest confidence (0-10), {@code null} when no check-in gave one
     * @param forecast   the forecast progress at the end of the cycle, {@code null} with too few values
     * @param hidden     its values derive from issues or KPIs the caller may not see: no numbers (DESIGN §5)
     */
    public record KeyResultJson(long id, String title, String owner, String unit, MeasureType measure,
            ProgressJson progress, PaceStatus pace, Integer confidence, ProgressJson forecast,
            int initiativeCount, boolean hidden) {
    }
}
