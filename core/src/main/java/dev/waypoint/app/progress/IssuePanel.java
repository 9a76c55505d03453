package dev.waypoint.app.progress;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import java.util.List;
import java.util.Objects;

/**
 * The issue panel of one viewer (DESIGN §4): the key results an issue drives, directly or through its epic, that the
 * viewer may see, with their progress as the viewer may see it.
 *
 * @param canLink    whether the panel offers "Link to a key result": the viewer may own items in the issue's project
 *                   (each link is checked again against the chosen key result)
 * @param keyResults ordered by cycle start (latest first), then key result id
 */
public record IssuePanel(IssueRef issue, boolean canLink, List<Driven> keyResults) {

    public IssuePanel {
        Objects.requireNonNull(issue, "'issue' must not be null");
        keyResults = List.copyOf(keyResults);
    }

    /**
     * A key result the issue drives.
     *
     * @param throughEpic    whether the issue's epic is linked rather than the issue itself
     * @param linkedIssueKey the key of the linked issue: the issue, or its epic
     * @param canUnlink      whether the viewer may remove this link here (direct links, open cycles only)
     * @param hidden         its values derive from issues or KPIs the viewer may not see: progress and pace are
     *                       unknown to them
     */
    public record Driven(KeyResult keyResult, Objective objective, Cycle cycle, boolean throughEpic,
            String linkedIssueKey, Progress progress, PaceStatus pace, boolean canUnlink, boolean hidden) {

        public Driven {
            Objects.requireNonNull(keyResult, "'keyResult' must not be null");
            Objects.requireNonNull(objective, "'objective' must not be null");
            Objects.requireNonNull(cycle, "'cycle' must not be null");
            Objects.requireNonNull(progress, "'progress' must not be null");
            Objects.requireNonNull(pace, "'pace' must not be null");
        }
    }
}
