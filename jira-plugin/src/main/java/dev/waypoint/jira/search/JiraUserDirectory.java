package dev.waypoint.jira.search;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.jira.platform.ComponentImports;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@link UserDirectory} on Jira's user, group and project-role managers. Member lists hold active users only, each once,
 * ordered by user key, as {@link Agent}s (key and the user name JQL resolves, see {@link Agents}).
 *
 * <p>ASSUMED from the published API, not observed in a running Jira: {@code GroupManager#getUsersInGroup(String)}
 * includes members of nested groups (its 6.3 Javadoc says so for the {@code Group} overload it delegates to) and may
 * include inactive users (filtered here); {@code ProjectRoleActors#getUsers()} expands group actors into their
 * users (since Jira 7 it returns {@code ApplicationUser}s; the transitional {@code getApplicationUsers()} is not used);
 * {@code ProjectRoleManager#getProjectRole(String)} finds a role by its exact name.
 */
@Component
public class JiraUserDirectory implements UserDirectory {

    private final UserManager userManager;
    private final GroupManager groupManager;
    private final ProjectRoleManager projectRoleManager;
    private final ProjectManager projectManager;

    @Inject
    public JiraUserDirectory(@Qualifier(ComponentImports.JIRA_USER_MANAGER) UserManager userManager,
            GroupManager groupManager, ProjectRoleManager projectRoleManager, ProjectManager projectManager) {
        this.userManager = Objects.requireNonNull(userManager, "'userManager' must not be null");
        this.groupManager = Objects.requireNonNull(groupManager, "'groupManager' must not be null");
        this.projectRoleManager = Objects.requireNonNull(projectRoleManager, "'projectRoleManager' must not be null");
        this.projectManager = Objects.requireNonNull(projectManager, "'projectManager' must not be null");
    }

    @Override
    public boolean isActive(UserKey user) {
        Objects.requireNonNull(user, "'user' must not be null");
        ApplicationUser found = userManager.getUserByKey(user.value());
        return found != null && found.isActive();
    }

    @Override
    public boolean groupExists(String group) {
        return group != null && !group.isBlank() && groupManager.groupExists(group);
    }

    @Override
    public List<Agent> groupMembers(String group) {
        if (!groupExists(group)) {
            return List.of();
        }
        return Agents.activeSortedByKey(groupManager.getUsersInGroup(group));
    }

    @Override
    public boolean projectRoleExists(ProjectKey project, String role) {
        return projectOf(project) != null && roleOf(role) != null;
    }

    @Override
    public List<Agent> projectRoleMembers(ProjectKey project, String role) {
        Project found = projectOf(project);
        ProjectRole projectRole = roleOf(role);
        if (found == null || projectRole == null) {
            return List.of();
        }
        ProjectRoleActors actors = projectRoleManager.getProjectRoleActors(projectRole, found);
        return actors == null ? List.of() : Agents.activeSortedByKey(actors.getUsers());
    }

    private Project projectOf(ProjectKey project) {
        Objects.requireNonNull(project, "'project' must not be null");
        return projectManager.getProjectByCurrentKey(project.value());
    }

    private ProjectRole roleOf(String role) {
        return role == null || role.isBlank() ? null : projectRoleManager.getProjectRole(role);
    }
}
