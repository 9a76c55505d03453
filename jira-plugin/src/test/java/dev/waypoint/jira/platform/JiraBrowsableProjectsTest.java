package dev.waypoint.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraBrowsableProjectsTest {

    private final UserManager userManager = mock(UserManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final JiraBrowsableProjects projects = new JiraBrowsableProjects(new JiraUsers(userManager,
            mock(com.atlassian.sal.api.user.UserManager.class), mock(GroupManager.class)), permissionManager);

    private ApplicationUser user(String key, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.isActive()).thenReturn(active);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    private static Project project(String key, String name) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        return project;
    }

    @Test
    void givenAnActiveUser_browsableBy_answersJirasProjectsWithBrowsePermission() {
        ApplicationUser lead = user("JIRAUSER10100", true);
        List<Project> browsable = List.of(project("SUP", "Customer Support"), project("APP", "Mobile App"));
        when(permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, lead)).thenReturn(browsable);

        assertThat(projects.browsableBy(new UserKey("JIRAUSER10100"))).containsExactly(
                new ProjectChoice(new ProjectKey("SUP"), "Customer Support"),
                new ProjectChoice(new ProjectKey("APP"), "Mobile App"));
    }

    @Test
    void givenADeactivatedOrUnknownUser_browsableBy_answersNothingWithoutAskingForProjects() {
        user("JIRAUSER10101", false);

        assertThat(projects.browsableBy(new UserKey("JIRAUSER10101"))).isEmpty();
        assertThat(projects.browsableBy(new UserKey("gone"))).isEmpty();
        verify(permissionManager, never()).getProjects(any(), any());
    }
}
