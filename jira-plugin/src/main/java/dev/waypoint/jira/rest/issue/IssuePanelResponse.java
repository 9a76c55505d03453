package dev.waypoint.jira.rest.issue;

import dev.waypoint.app.progress.IssuePanel;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.scoring.PaceStatus;
import java.util.List;

/**
 * The issue panel (DESIGN §4): the key results this issue drives, directly or through its epic, that the caller may
 * see, with their progress.
 *
 * @param canLink    whether the panel offers "Link to a key result": the caller may own items in the issue's
 *                   project (each link is checked again against the chosen key result)
 * @param keyResults ordered by cycle start (latest first), then key result id
 */
public record IssuePanelResponse(IssueResponse issue, boolean canLink, List<DrivenKeyResult> keyResults) {

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
     */
    public record DrivenKeyResult(long keyResultId, String title, String owner, long objectiveId,
            String objectiveTitle, long cycleId, String cycleName, CycleState cycleState, Via via,
            String linkedIssueKey, ProgressBody progress, PaceStatus pace, boolean canUnlink, boolean hidden) {

        public static DrivenKeyResult of(IssuePanel.Driven d) {
            return new DrivenKeyResult(d.keyResult().id().value(), d.keyResult().title(),
                    d.keyResult().owner() == null ? null : d.keyResult().owner().value(), d.objective().id().value(),
                    d.objective().title(), d.cycle().id().value(), d.cycle().name(), d.cycle().state(),
                    d.throughEpic() ? Via.EPIC : Via.ISSUE, d.linkedIssueKey(), ProgressBody.of(d.progress()),
                    d.pace(), d.canUnlink(), d.hidden());
        }
    }

    public static IssuePanelResponse of(IssuePanel panel) {
        return new IssuePanelResponse(IssueResponse.of(panel.issue()), panel.canLink(),
                panel.keyResults().stream().map(DrivenKeyResult::of).toList());
    }
}
