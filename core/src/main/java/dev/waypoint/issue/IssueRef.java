package dev.waypoint.issue;

import dev.waypoint.shared.ProjectKey;
import java.util.Objects;

/**
 * A Jira issue as Waypoint shows it next to a key result: found through {@link IssueDirectory} for one viewer, so a
 * reference only exists for issues that viewer may see.
 *
 * @param key            the issue's current key (keys change when an issue moves; Waypoint stores {@link #id})
 * @param summary        the issue's summary, never {@code null} (empty when Jira has none)
 * @param statusCategory To Do, In Progress or Done
 * @param epicId         the epic the issue belongs to (Epic Link), {@code null} when it has none
 * @param epicKey        that epic's key, {@code null} exactly when {@code epicId} is
 * @param project        the key of the issue's project
 */
public record IssueRef(IssueId id, String key, String summary, StatusCategory statusCategory, IssueId epicId,
        String epicKey, ProjectKey project) {

    public IssueRef {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(statusCategory, "'statusCategory' must not be null");
        Objects.requireNonNull(project, "'project' must not be null");
        summary = summary == null ? "" : summary;
        if ((epicId == null) != (epicKey == null)) {
            throw new IllegalArgumentException("'epicId' and 'epicKey' are both given or both absent");
        }
        if (id.equals(epicId)) {
            throw new IllegalArgumentException("issue " + key + " cannot be its own epic");
        }
    }

    /** Whether the issue belongs to an epic. */
    public boolean hasEpic() {
        return epicId != null;
    }
}
