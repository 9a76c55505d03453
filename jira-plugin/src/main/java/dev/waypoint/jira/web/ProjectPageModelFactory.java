package dev.waypoint.jira.web;

import com.atlassian.jira.project.Project;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Optional;

/** Builds {@link ProjectPageModel}: a function of the project, the viewer and the access policy, nothing else. */
public final class ProjectPageModelFactory {

    private final Permissions permissions;

    public ProjectPageModelFactory(Permissions permissions) {
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /**
     * The page of {@code project} for {@code viewer}. Without a project (not in Jira's context), or with a key Waypoint
     * cannot store, the page shows the no-permission message and no data.
     */
    public ProjectPageModel create(Project project, Optional<UserKey> viewer) {
        String viewerKey = viewer.map(UserKey::value).orElse("");
        if (project == null || !ProjectKey.isValid(project.getKey())) {
            String key = project == null || project.getKey() == null ? "" : project.getKey();
            return new ProjectPageModel(key, project == null ? null : project.getName(), viewerKey,
                    ViewerAccess.NO_PERMISSION);
        }
        ViewerAccess access = ViewerAccess.of(viewer, Scope.project(new ProjectKey(project.getKey())), permissions);
        return new ProjectPageModel(project.getKey(), project.getName(), viewerKey, access);
    }
}
