package dev.waypoint.jira.platform;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.access.AccessSettingsSource;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * {@link AccessFacts} answered by Jira: licences (SAL), global permissions, groups and project permissions. Unknown or
 * deactivated users and unknown projects have no permission at all. Projects are looked up with
 * {@link ProjectManager#getProjectObjByKey}, which also knows a project's previous keys, so items stored before a
 * project key changed keep their permissions.
 */
@Component
public class JiraAccessFacts implements AccessFacts {

    private final JiraUsers users;
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final ProjectManager projectManager;
    private final AccessSettingsSource settings;

    @Inject
    public JiraAccessFacts(JiraUsers users, PermissionManager permissionManager,
            GlobalPermissionManager globalPermissionManager, ProjectManager projectManager,
            AccessSettingsSource settings) {
        this.users = users;
        this.permissionManager = permissionManager;
        this.globalPermissionManager = globalPermissionManager;
        this.projectManager = projectManager;
        this.settings = settings;
    }

    @Override
    public boolean isLicensed(UserKey user) {
        return users.isLicensed(user);
    }

    @Override
    public boolean isJiraAdmin(UserKey user) {
        return users.active(user)
                .map(u -> globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, u)
                        || globalPermissionManager.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, u))
                .orElse(false);
    }

    @Override
    public boolean isInGroup(UserKey user, String group) {
        return users.active(user).map(u -> users.isInGroup(u, group)).orElse(false);
    }

    @Override
    public boolean canBrowseProject(UserKey user, ProjectKey project) {
        return hasProjectPermission(ProjectPermissions.BROWSE_PROJECTS, user, project);
    }

    @Override
    public boolean isProjectAdmin(UserKey user, ProjectKey project) {
        return hasProjectPermission(ProjectPermissions.ADMINISTER_PROJECTS, user, project);
    }

    @Override
    public AccessSettings settings() {
        return settings.current();
    }

    private boolean hasProjectPermission(ProjectPermissionKey permission, UserKey user, ProjectKey key) {
        Project project = projectManager.getProjectObjByKey(key.value());
        if (project == null) {
            return false;
        }
        return users.active(user).map(u -> permissionManager.hasPermission(permission, project, u)).orElse(false);
    }
}
