package dev.waypoint.initiative;

import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Link a Jira issue (by id) to a key result as an initiative. {@code actor} is recorded as who linked it.
 *
 * @param issueKey the issue's key as the actor sees it, for messages only ({@code null} if unknown)
 */
public record LinkInitiative(KeyResultId keyResultId, IssueId issueId, UserKey actor, String issueKey) {

    public LinkInitiative(KeyResultId keyResultId, IssueId issueId, UserKey actor) {
        this(keyResultId, issueId, actor, null);
    }

    public LinkInitiative {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        Objects.requireNonNull(actor, "'actor' must not be null");
    }
}
