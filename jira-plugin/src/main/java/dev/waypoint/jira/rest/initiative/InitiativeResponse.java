package dev.waypoint.jira.rest.initiative;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.issue.StatusCategory;
import java.time.Instant;

/**
 * A linked issue as the caller may see it: Waypoint stores the issue id, the key and summary come from Jira now.
 *
 * @param epicKey  the issue's epic, if it has one the caller may see
 * @param linkedBy the user key of who linked it
 */
public record InitiativeResponse(long issueId, String issueKey, String summary, StatusCategory statusCategory,
        String project, String epicKey, String linkedBy, Instant linkedAt) {

    public static InitiativeResponse of(Initiative initiative, IssueRef issue) {
        return new InitiativeResponse(issue.id().value(), issue.key(), issue.summary(), issue.statusCategory(),
                issue.project().value(), issue.epicKey(), initiative.linkedBy().value(), initiative.linkedAt());
    }
}
