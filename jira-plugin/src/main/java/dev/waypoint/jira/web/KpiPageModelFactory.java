package dev.waypoint.jira.web;

import com.atlassian.jira.project.Project;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Optional;

/** Builds {@link KpiPageModel}: a function of the project (or none), the viewer and the access policy. */
public final class KpiPageModelFactory {

    private final Permissions permissions;

    public KpiPageModelFactory(Permissions permissions) {
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /**
     * The KPI page of {@code project} for {@code viewer}: needs Browse Projects. Without a project (not in Jira's
     * context), or with a key Waypoint cannot store, the page shows the no-permission message and no data.
     */
    public KpiPageModel project(Project project, Optional<UserKey> viewer) {
        String viewerKey = viewer.map(UserKey::value).orElse("");
        if (project == null || !ProjectKey.isValid(project.getKey())) {
            String key = project == null || project.getKey() == null ? "?" : project.getKey();
            return new KpiPageModel(key, project == null ? null : project.getName(), viewerKey,
                    ViewerAccess.NO_PERMISSION);
        }
        return new KpiPageModel(project.getKey(), project.getName(), viewerKey,
                ViewerAccess.of(viewer, Scope.project(new ProjectKey(project.getKey())), permissions));
    }

    /** The directory of every KPI the viewer may see: needs a licence (each KPI is then filtered by its scope). */
    public KpiPageModel directory(Optional<UserKey> viewer) {
        ViewerAccess access = viewer.isEmpty() ? ViewerAccess.NOT_LOGGED_IN
                : permissions.capabilities(viewer).licensed() ? ViewerAccess.VIEW : ViewerAccess.NO_PERMISSION;
        return new KpiPageModel("", "", viewer.map(UserKey::value).orElse(""), access);
    }
}
