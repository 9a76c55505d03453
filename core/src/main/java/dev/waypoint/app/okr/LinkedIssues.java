package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResultId;
import java.util.List;
import java.util.Objects;

/**
 * The issues linked to a key result that the viewer may see, in the order they were linked. Links to issues the
 * viewer may not see are left out without a trace (no count: DESIGN §5, "responses carry no counts of hidden items").
 *
 * @param canLink whether the viewer may link and unlink issues on this key result
 */
public record LinkedIssues(KeyResultId keyResultId, boolean canLink, List<LinkedIssue> issues) {

    public LinkedIssues {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        issues = List.copyOf(issues);
    }
}
