package dev.waypoint.issue;

import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up Jira issues on behalf of one viewer (DESIGN §5: "an issue list is always filtered by the viewer's own
 * permissions"). Every method answers only issues the viewer may browse: an issue that does not exist and one the
 * viewer may not see look the same, so no answer reveals that an invisible issue exists. The jira-plugin implements
 * it with Jira's issue and permission managers; tests use an in-memory fake.
 */
public interface IssueDirectory {

    /**
     * The issue with this key (its current key, or a key it had before a move; case as typed), if it exists and the
     * viewer may browse it.
     */
    Optional<IssueRef> findVisible(UserKey viewer, String issueKey);

    /**
     * The issues among {@code ids} that exist and that the viewer may browse, by id; the others are absent. Accepts
     * any number of ids; repeated ids are answered once.
     */
    Map<IssueId, IssueRef> findVisible(UserKey viewer, Collection<IssueId> ids);
}
