package dev.waypoint.jira.issue;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.jira.platform.JiraUsers;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link IssueDirectory} answered by Jira, always as the viewer: an issue is found only if it exists and the viewer has
 * Browse Projects on it ({@link PermissionManager#hasPermission(com.atlassian.jira.security.plugin.ProjectPermissionKey,
 * Issue, ApplicationUser)}, which also applies issue security levels). Unknown or deactivated viewers see nothing.
 *
 * <p>Assumptions, verified only with the Atlassian SDK:
 * <ul>
 *   <li>{@link IssueManager#getIssueObject(String)} also finds an issue by a key it had before it moved, and answers
 *       {@code null} for an unknown key; {@link IssueManager#getIssueObjects} leaves out unknown ids.</li>
 *   <li>The epic of an issue is the value of Jira Software's "Epic Link" custom field ({@value #EPIC_LINK}), an
 *       {@link Issue}; a sub-task belongs to the epic of its parent. The admin's epic-children JQL is not needed here:
 *       "through its epic" only asks for the epic of one issue. Without Jira Software (no such field) issues have no
 *       epic.</li>
 *   <li>The epic is answered only if the viewer may browse it too; otherwise the issue is shown without epic.</li>
 * </ul>
 */
@Component
public class JiraIssueDirectory implements IssueDirectory {

    /** The name of Jira Software's epic link field, as the default epic-children JQL names it. */
    static final String EPIC_LINK = "Epic Link";

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final CustomFieldManager customFieldManager;
    private final JiraUsers users;

    @Inject
    public JiraIssueDirectory(IssueManager issueManager, PermissionManager permissionManager,
            CustomFieldManager customFieldManager, JiraUsers users) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.customFieldManager = customFieldManager;
        this.users = users;
    }

    @Override
    public Optional<IssueRef> findVisible(UserKey viewer, String issueKey) {
        Objects.requireNonNull(viewer, "'viewer' must not be null");
        Objects.requireNonNull(issueKey, "'issueKey' must not be null");
        Optional<ApplicationUser> user = users.active(viewer);
        if (user.isEmpty() || issueKey.isBlank()) {
            return Optional.empty();
        }
        Issue issue = issueManager.getIssueObject(issueKey.strip());
        if (issue == null || !canBrowse(issue, user.get())) {
            return Optional.empty();
        }
        return Optional.of(toRef(issue, user.get(), epicLinkFields()));
    }

    @Override
    public Map<IssueId, IssueRef> findVisible(UserKey viewer, Collection<IssueId> ids) {
        Objects.requireNonNull(viewer, "'viewer' must not be null");
        Optional<ApplicationUser> user = users.active(viewer);
        if (user.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(ids.stream().map(IssueId::value).toList()));
        List<CustomField> epicLinks = epicLinkFields();
        Map<IssueId, IssueRef> found = new LinkedHashMap<>();
        List<Issue> issues = issueManager.getIssueObjects(wanted);
        for (Issue issue : issues == null ? List.<Issue>of() : issues) {
            if (issue != null && issue.getId() != null && canBrowse(issue, user.get())) {
                IssueRef ref = toRef(issue, user.get(), epicLinks);
                found.put(ref.id(), ref);
            }
        }
        return found;
    }

    private boolean canBrowse(Issue issue, ApplicationUser user) {
        return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    private IssueRef toRef(Issue issue, ApplicationUser user, List<CustomField> epicLinks) {
        Issue epic = epicOf(issue, epicLinks);
        boolean showEpic = epic != null && epic.getId() != null && !epic.getId().equals(issue.getId())
                && canBrowse(epic, user);
        return new IssueRef(new IssueId(issue.getId()), issue.getKey(), issue.getSummary(), category(issue.getStatus()),
                showEpic ? new IssueId(epic.getId()) : null, showEpic ? epic.getKey() : null,
                new ProjectKey(issue.getProjectObject().getKey()));
    }

    /** The epic of the issue, or of its parent for a sub-task; {@code null} without. */
    private static Issue epicOf(Issue issue, List<CustomField> epicLinks) {
        Issue holder = issue.isSubTask() && issue.getParentObject() != null ? issue.getParentObject() : issue;
        for (CustomField field : epicLinks) {
            if (holder.getCustomFieldValue(field) instanceof Issue epic) {
                return epic;
            }
        }
        return null;
    }

    private List<CustomField> epicLinkFields() {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(EPIC_LINK);
        return fields == null ? List.of() : fields.stream().filter(Objects::nonNull).toList();
    }

    /** Jira's status category key ({@code new}, {@code indeterminate}, {@code done}); anything else is To Do. */
    static StatusCategory category(Status status) {
        String key = status == null || status.getStatusCategory() == null ? null
                : status.getStatusCategory().getKey();
        if (com.atlassian.jira.issue.status.category.StatusCategory.COMPLETE.equals(key)) {
            return StatusCategory.DONE;
        }
        if (com.atlassian.jira.issue.status.category.StatusCategory.IN_PROGRESS.equals(key)) {
            return StatusCategory.IN_PROGRESS;
        }
        return StatusCategory.TO_DO;
    }
}
