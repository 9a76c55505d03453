package dev.waypoint.jira.rest.issue;

import dev.waypoint.issue.IssueRef;
import dev.waypoint.issue.StatusCategory;

/**
 * A Jira issue the caller may see.
 *
 * @param epicKey the issue's epic, if it has one the caller may see, else {@code null}
 */
public record IssueResponse(long id, String key, String summary, StatusCategory statusCategory, String project,
        String epicKey) {

    public static IssueResponse of(IssueRef issue) {
        return new IssueResponse(issue.id().value(), issue.key(), issue.summary(), issue.statusCategory(),
                issue.project().value(), issue.epicKey());
    }
}
