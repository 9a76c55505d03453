package dev.waypoint.jira.platform;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@link BrowsableProjects} answered by Jira in one call, {@link PermissionManager#getProjects} with Browse Projects
 * (the permission {@link JiraAccessFacts#canBrowseProject} checks one project at a time). Unknown and deactivated
 * users browse nothing.
 */
@Component
public class JiraBrowsableProjects implements BrowsableProjects {

    private final JiraUsers users;
    private final PermissionManager permissionManager;

    @Inject
    public JiraBrowsableProjects(JiraUsers users, PermissionManager permissionManager) {
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.permissionManager = Objects.requireNonNull(permissionManager, "'permissionManager' must not be null");
    }

    @Override
    public List<ProjectChoice> browsableBy(UserKey user) {
        return users.active(user)
                .map(u -> permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, u).stream()
                        .filter(project -> project.getKey() != null && ProjectKey.isValid(project.getKey()))
                        .map(JiraBrowsableProjects::choice)
                        .toList())
                .orElse(List.of());
    }

    private static ProjectChoice choice(Project project) {
        return new ProjectChoice(new ProjectKey(project.getKey()), project.getName());
    }
}
