package dev.waypoint.jira.search;

import static dev.waypoint.jira.search.SearchMocks.applicationUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JiraUserDirectoryTest {

    private static final ProjectKey SUP = new ProjectKey("SUP");

    private final UserManager userManager = mock(UserManager.class);
    private final GroupManager groupManager = mock(GroupManager.class);
    private final ProjectRoleManager roleManager = mock(ProjectRoleManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final JiraUserDirectory directory = new JiraUserDirectory(userManager, groupManager, roleManager,
            projectManager);

    /** Carol (inactive), Bob, Alice, Bob again and a user without a user name, in Jira's (unsorted) order. */
    private static List<ApplicationUser> mixedMembers() {
        ApplicationUser bob = applicationUser("JIRAUSER2", "bob", true);
        return List.of(applicationUser("JIRAUSER3", "carol", false), bob,
                applicationUser("JIRAUSER1", "alice", true), bob, applicationUser("JIRAUSER4", null, true));
    }

    private static final List<Agent> ALICE_AND_BOB = List.of(new Agent(new UserKey("JIRAUSER1"), "alice"),
            new Agent(new UserKey("JIRAUSER2"), "bob"));

    @Nested
    class Users {

        @Test
        void givenActiveInactiveAndUnknownUsers_isActive_isTrueOnlyForTheActiveOne() {
            ApplicationUser alice = applicationUser("alice", "alice", true);
            ApplicationUser carol = applicationUser("carol", "carol", false);
            when(userManager.getUserByKey("alice")).thenReturn(alice);
            when(userManager.getUserByKey("carol")).thenReturn(carol);

            assertThat(directory.isActive(new UserKey("alice"))).isTrue();
            assertThat(directory.isActive(new UserKey("carol"))).isFalse();
            assertThat(directory.isActive(new UserKey("ghost"))).isFalse();
        }
    }

    @Nested
    class Groups {

        @Test
        void givenGroups_groupExists_answersWhatJiraSays() {
            when(groupManager.groupExists("support")).thenReturn(true);

            assertThat(directory.groupExists("support")).isTrue();
            assertThat(directory.groupExists("nobody")).isFalse();
        }

        @Test
        void givenABlankName_groupExists_isFalseWithoutAskingJira() {
            assertThat(directory.groupExists(" ")).isFalse();
            verify(groupManager, never()).groupExists(anyString());
        }

        @Test
        void givenMembersInJirasOrder_groupMembers_returnsTheActiveOnesOnceOrderedByKeyWithTheirUserNames() {
            List<ApplicationUser> members = mixedMembers();
            when(groupManager.groupExists("support")).thenReturn(true);
            when(groupManager.getUsersInGroup("support")).thenReturn(members);

            assertThat(directory.groupMembers("support")).isEqualTo(ALICE_AND_BOB);
        }

        @Test
        void givenAnUnknownGroup_groupMembers_isEmptyWithoutListingMembers() {
            assertThat(directory.groupMembers("nobody")).isEmpty();
            verify(groupManager, never()).getUsersInGroup(anyString());
        }
    }

    @Nested
    class ProjectRoles {

        private final Project project = mock(Project.class);
        private final ProjectRole agents = mock(ProjectRole.class);

        private void givenProjectAndRole() {
            when(projectManager.getProjectByCurrentKey("SUP")).thenReturn(project);
            when(roleManager.getProjectRole("Service Desk Team")).thenReturn(agents);
        }

        @Test
        void givenTheProjectAndTheRole_projectRoleExists_isTrue() {
            givenProjectAndRole();

            assertThat(directory.projectRoleExists(SUP, "Service Desk Team")).isTrue();
        }

        @Test
        void givenAnUnknownProjectOrRole_projectRoleExists_isFalse() {
            givenProjectAndRole();

            assertThat(directory.projectRoleExists(new ProjectKey("NOPE"), "Service Desk Team")).isFalse();
            assertThat(directory.projectRoleExists(SUP, "Auditors")).isFalse();
        }

        @Test
        void givenRoleActors_projectRoleMembers_returnsTheActiveUsersOfThatProjectsRoleOrderedByKey() {
            givenProjectAndRole();
            ProjectRoleActors actors = mock(ProjectRoleActors.class);
            LinkedHashSet<ApplicationUser> users = new LinkedHashSet<>(mixedMembers());
            when(actors.getUsers()).thenReturn(users);
            when(roleManager.getProjectRoleActors(agents, project)).thenReturn(actors);

            List<Agent> members = directory.projectRoleMembers(SUP, "Service Desk Team");

            assertThat(members).isEqualTo(ALICE_AND_BOB);
            verify(roleManager).getProjectRoleActors(agents, project);
        }

        @Test
        void givenAnUnknownProject_projectRoleMembers_isEmptyWithoutAskingForActors() {
            givenProjectAndRole();

            assertThat(directory.projectRoleMembers(new ProjectKey("NOPE"), "Service Desk Team")).isEmpty();
            verify(roleManager, never()).getProjectRoleActors(any(), any());
        }
    }
}
