package dev.waypoint.app.progress;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import java.util.List;
import java.util.Objects;

/**
 * The issue panel of one viewer (DESIGN §4): the key results an issue drives, directly or through its epic, that the
 * viewer may see, with their progress as the viewer may see it.
 *
 * @param keyResults ordered by cycle start (latest first), then key result id
 * @param linkChoices the key results the viewer may link this issue to (of the issue's project and of the company, in
 *                    cycles that are not closed, that the viewer may check in on and that do not link it already);
 *                    the panel offers "Link to a key result" only when there is one (no dead-end dialog)
 */
public record IssuePanel(IssueRef issue, List<Driven> keyResults, List<LinkChoice> linkChoices) {

    public IssuePanel {
        Objects.requireNonNull(issue, "'issue' must not be null");
        keyResults = List.copyOf(keyResults);
        linkChoices = List.copyOf(linkChoices);
    }

    /** Whether the panel offers "Link to a key result". */
    public boolean canLink() {
        return !linkChoices.isEmpty();
    }

    /** A key result the viewer may link the issue to, with its objective and cycle. */
    public record LinkChoice(KeyResult keyResult, Objective objective, Cycle cycle) {

        public LinkChoice {
            Objects.requireNonNull(keyResult, "'keyResult' must not be null");
            Objects.requireNonNull(objective, "'objective' must not be null");
            Objects.requireNonNull(cycle, "'cycle' must not be null");
        }
    }

    /**
     * A key result the issue drives.
     *
     * @param throughEpic    whether the issue's epic is linked rather than the issue itself
     * @param linkedIssueKey the key of the linked issue: the issue, or its epic
     * @param canUnlink      whether the viewer may remove this link here (direct links, open cycles only)
     * @param hidden         its values derive from issues or KPIs the viewer may not see: progress and pace are
     *                       unknown to them
     * @param gradeBand      in a closed cycle, the colour band of the objective's final grade; {@code null} otherwise
     *                       (and for an objective closed without grade)
     */
    public record Driven(KeyResult keyResult, Objective objective, Cycle cycle, boolean throughEpic,
            String linkedIssueKey, Progress progress, PaceStatus pace, boolean canUnlink, boolean hidden,
            GradeBand gradeBand) {

        public Driven {
            Objects.requireNonNull(keyResult, "'keyResult' must not be null");
            Objects.requireNonNull(objective, "'objective' must not be null");
            Objects.requireNonNull(cycle, "'cycle' must not be null");
            Objects.requireNonNull(progress, "'progress' must not be null");
            Objects.requireNonNull(pace, "'pace' must not be null");
        }
    }
}
