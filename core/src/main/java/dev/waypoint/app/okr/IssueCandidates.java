package dev.waypoint.app.okr;

import dev.waypoint.issue.IssueRef;
import java.util.List;
import java.util.Objects;

/**
 * The issues a selection names, as the viewer may see them: what linking would add, before it is done.
 *
 * @param issues    at most {@link IssueSelection#MAX_ISSUES}, in the selection's order (an epic first, then its
 *                  children)
 * @param total     how many issues the selection finds for the viewer (more than {@code issues} when capped)
 * @param linked    how many of {@code issues} the key result links already
 * @param notFound  keys of the selection that name no issue the viewer may see
 */
public record IssueCandidates(List<Candidate> issues, long total, int linked, List<String> notFound) {

    public IssueCandidates {
        issues = List.copyOf(issues);
        notFound = List.copyOf(notFound);
    }

    /** Whether the selection finds more issues than one selection may link. */
    public boolean capped() {
        return total > issues.size();
    }

    /** One issue, and whether the key result links it already. */
    public record Candidate(IssueRef issue, boolean linked) {

        public Candidate {
            Objects.requireNonNull(issue, "'issue' must not be null");
        }
    }
}
