package dev.waypoint.jira.rest.initiative;

import dev.waypoint.app.okr.IssueCandidates;
import dev.waypoint.app.okr.IssueSelection;
import dev.waypoint.issue.StatusCategory;
import java.util.List;

/**
 * What linking a selection would add, as the caller may see it.
 *
 * @param issues   at most {@code max}, in the selection's order (an epic first, then its children)
 * @param total    how many issues the selection finds for the caller
 * @param linked   how many of {@code issues} the key result links already
 * @param capped   whether {@code total} is more than one selection links ({@code max})
 * @param notFound keys that name no issue the caller may see
 * @param max      the most issues one selection links
 */
public record IssueCandidatesResponse(List<Candidate> issues, long total, int linked, boolean capped,
        List<String> notFound, int max) {

    /** One issue and whether the key result links it already. */
    public record Candidate(long issueId, String issueKey, String summary, StatusCategory statusCategory,
            String project, String epicKey, boolean linked) {
    }

    public static IssueCandidatesResponse of(IssueCandidates candidates) {
        return new IssueCandidatesResponse(candidates.issues().stream().map(c -> new Candidate(
                c.issue().id().value(), c.issue().key(), c.issue().summary(), c.issue().statusCategory(),
                c.issue().project().value(), c.issue().epicKey(), c.linked())).toList(), candidates.total(),
                candidates.linked(), candidates.capped(), candidates.notFound(), IssueSelection.MAX_ISSUES);
    }
}
