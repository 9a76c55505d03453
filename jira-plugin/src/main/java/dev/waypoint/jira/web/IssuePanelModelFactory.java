package dev.waypoint.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Optional;

/** Builds {@link IssuePanelModel}: a function of the issue, the viewer and the access policy, nothing else. */
public final class IssuePanelModelFactory {

    private final Permissions permissions;

    public IssuePanelModelFactory(Permissions permissions) {
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /**
     * The panel of {@code issue} for {@code viewer}: its key results need Browse Projects on the issue's project (the
     * REST answer also drops every key result the viewer may not see). Without an issue, or with a project key
     * Waypoint cannot store, the panel shows the no-permission message and no data.
     */
    public IssuePanelModel create(Issue issue, Optional<UserKey> viewer) {
        String issueKey = issue == null || issue.getKey() == null ? "" : issue.getKey();
        Project project = issue == null ? null : issue.getProjectObject();
        String projectKey = project == null ? null : project.getKey();
        if (issueKey.isEmpty() || !ProjectKey.isValid(projectKey)) {
            return new IssuePanelModel(issueKey, projectKey == null ? "" : projectKey, ViewerAccess.NO_PERMISSION);
        }
        ViewerAccess access = ViewerAccess.of(viewer, Scope.project(new ProjectKey(projectKey)), permissions);
        return new IssuePanelModel(issueKey, projectKey, access);
    }
}
