package dev.waypoint.jira.rest.issue;

import dev.waypoint.app.progress.IssuePanel;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.objective.GradeBody;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import java.util.List;

/**
 * The issue panel (DESIGN §4): the key results this issue drives, directly or through its epic, that the caller may
 * see, with their progress.
 *
 * @param canLink     whether the panel offers "Link to a key result": there is a key result the caller may link the
 *                    issue to ({@code linkChoices} is not empty), so the dialog never ends empty
 * @param keyResults  ordered by cycle start (latest first), then key result id
 * @param linkChoices the key results the caller may link the issue to (of the issue's project and of the company, in
 *                    cycles that are not closed, not linking it directly already)
 */
public record IssuePanelResponse(IssueResponse issue, boolean canLink, List<DrivenKeyResult> keyResults,
        List<LinkChoice> linkChoices) {

    /** A key result the caller may link the issue to. */
    public record LinkChoice(long keyResultId, String title, long objectiveId, String objectiveTitle, long cycleId,
            String cycleName) {

        static LinkChoice of(IssuePanel.LinkChoice c) {
            return new LinkChoice(c.keyResult().id().value(), c.keyResult().title(), c.objective().id().value(),
                    c.objective().title(), c.cycle().id().value(), c.cycle().name());
        }
    }

    /** How the issue drives a key result. */
    public enum Via {
        /** The issue itself is linked. */
        ISSUE,
        /** The issue's epic is linked. */
        EPIC
    }

    /**
     * @param linkedIssueKey the key of the linked issue: this issue, or its epic
     * @param canUnlink      whether the caller may remove this link here (direct links only; an epic's link is
     *                       removed on the epic)
     * @param hidden         its values derive from issues or KPIs the caller may not see: progress and pace unknown
     * @param grade          in a closed cycle, the objective's final grade and note (pace is then UNKNOWN)
     * @param gradeBand      the colour band of that grade
     */
    public record DrivenKeyResult(long keyResultId, String title, String owner, long objectiveId,
            String objectiveTitle, long cycleId, String cycleName, CycleState cycleState, Via via,
            String linkedIssueKey, ProgressBody progress, PaceStatus pace, boolean canUnlink, boolean hidden,
            GradeBody grade, GradeBand gradeBand) {

        public static DrivenKeyResult of(IssuePanel.Driven d) {
            return new DrivenKeyResult(d.keyResult().id().value(), d.keyResult().title(),
                    d.keyResult().owner() == null ? null : d.keyResult().owner().value(), d.objective().id().value(),
                    d.objective().title(), d.cycle().id().value(), d.cycle().name(), d.cycle().state(),
                    d.throughEpic() ? Via.EPIC : Via.ISSUE, d.linkedIssueKey(), ProgressBody.of(d.progress()),
                    d.pace(), d.canUnlink(), d.hidden(), d.cycle().isClosed() ? GradeBody.of(d.objective().grade())
                            : null, d.gradeBand());
        }
    }

    public static IssuePanelResponse of(IssuePanel panel) {
        return new IssuePanelResponse(IssueResponse.of(panel.issue()), panel.canLink(),
                panel.keyResults().stream().map(DrivenKeyResult::of).toList(),
                panel.linkChoices().stream().map(LinkChoice::of).toList());
    }
}
