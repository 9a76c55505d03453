package dev.waypoint.initiative;

import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import java.util.Objects;

/** Remove the link between a key result and a Jira issue. */
public record UnlinkInitiative(KeyResultId keyResultId, IssueId issueId) {

    public UnlinkInitiative {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        Objects.requireNonNull(issueId, "'issueId' must not be null");
    }
}
