package dev.waypoint.initiative;

import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A link of a key result to a Jira issue (DESIGN §3). An epic counts with its children; the adapter finds them with
 * the admin's epic-children JQL. A key result links an issue at most once.
 *
 * @param id {@code null} until the repository inserts the link
 */
public record Initiative(InitiativeId id, KeyResultId keyResultId, IssueId issueId, UserKey linkedBy,
        Instant linkedAt) {

    public Initiative {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        Objects.requireNonNull(issueId, "'issueId' must not be null");
        Objects.requireNonNull(linkedBy, "'linkedBy' must not be null");
        Objects.requireNonNull(linkedAt, "'linkedAt' must not be null");
    }

    public Initiative withId(InitiativeId newId) {
        return new Initiative(newId, keyResultId, issueId, linkedBy, linkedAt);
    }
}
