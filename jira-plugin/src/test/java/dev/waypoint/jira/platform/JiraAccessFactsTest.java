package dev.waypoint.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** {@link JiraAccessFacts} and {@link JiraUsers} on Mockito mocks of Jira's interfaces, compiled against the stubs. */
@ExtendWith(MockitoExtension.class)
class JiraAccessFactsTest {

    private static final UserKey ALICE = new UserKey("JIRAUSER10100");
    private static final ProjectKey SUP = new ProjectKey("SUP");

    @Mock
    private UserManager userManager;
    @Mock
    private com.atlassian.sal.api.user.UserManager salUserManager;
    @Mock
    private GroupManager groupManager;
    @Mock
    private PermissionManager permissionManager;
    @Mock
    private GlobalPermissionManager globalPermissionManager;
    @Mock
    private ProjectManager projectManager;

    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project support = mock(Project.class);
    private AccessSettings settings = AccessSettings.DEFAULTS;
    private JiraAccessFacts facts;

    @BeforeEach
    void setUp() {
        facts = new JiraAccessFacts(new JiraUsers(userManager, salUserManager, groupManager), permissionManager,
                globalPermissionManager, projectManager, () -> settings);
    }

    private void aliceIsActive() {
        when(userManager.getUserByKey(ALICE.value())).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
    }

    @Nested
    class Users {

        @Test
        void givenActiveUserWithLicence_askingLicensed_isTrue() {
            aliceIsActive();
            when(salUserManager.isLicensed(new com.atlassian.sal.api.user.UserKey(ALICE.value()))).thenReturn(true);

            assertThat(facts.isLicensed(ALICE)).isTrue();
        }

        @Test
        void givenActiveUserWithoutLicence_askingLicensed_isFalse() {
            aliceIsActive();

            assertThat(facts.isLicensed(ALICE)).isFalse();
        }

        @Test
        void givenDeactivatedUser_askingLicensed_isFalseWithoutAskingTheLicence() {
            when(userManager.getUserByKey(ALICE.value())).thenReturn(alice);

            assertThat(facts.isLicensed(ALICE)).isFalse();
            verify(salUserManager, never()).isLicensed(any());
        }

        @Test
        void givenUnknownUser_askingAnything_isFalse() {
            lenient().when(projectManager.getProjectObjByKey("SUP")).thenReturn(support);

            assertThat(facts.isLicensed(ALICE)).isFalse();
            assertThat(facts.isJiraAdmin(ALICE)).isFalse();
            assertThat(facts.isInGroup(ALICE, "leaders")).isFalse();
            assertThat(facts.canBrowseProject(ALICE, SUP)).isFalse();
            assertThat(facts.isProjectAdmin(ALICE, SUP)).isFalse();
        }

        @Test
        void givenGroupMember_askingGroup_asksJirasGroupManager() {
            aliceIsActive();
            when(groupManager.isUserInGroup(alice, "leaders")).thenReturn(true);

            assertThat(facts.isInGroup(ALICE, "leaders")).isTrue();
            assertThat(facts.isInGroup(ALICE, "others")).isFalse();
        }
    }

    @Nested
    class GlobalPermissions {

        @Test
        void givenJiraAdministrator_askingJiraAdmin_isTrue() {
            aliceIsActive();
            when(globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);

            assertThat(facts.isJiraAdmin(ALICE)).isTrue();
        }

        @Test
        void givenOnlySystemAdministrator_askingJiraAdmin_isTrue() {
            aliceIsActive();
            when(globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(false);
            when(globalPermissionManager.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, alice)).thenReturn(true);

            assertThat(facts.isJiraAdmin(ALICE)).isTrue();
        }

        @Test
        void givenNoAdminPermission_askingJiraAdmin_isFalse() {
            aliceIsActive();

            assertThat(facts.isJiraAdmin(ALICE)).isFalse();
        }
    }

    @Nested
    class ProjectPermissionChecks {

        @Test
        void givenBrowsePermission_askingBrowse_checksBrowseProjectsOnTheProject() {
            aliceIsActive();
            when(projectManager.getProjectObjByKey("SUP")).thenReturn(support);
            when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, support, alice)).thenReturn(true);

            assertThat(facts.canBrowseProject(ALICE, SUP)).isTrue();
            assertThat(facts.isProjectAdmin(ALICE, SUP)).isFalse();
        }

        @Test
        void givenAdministerProjects_askingProjectAdmin_checksAdministerProjects() {
            aliceIsActive();
            when(projectManager.getProjectObjByKey("SUP")).thenReturn(support);
            when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, support, alice))
                    .thenReturn(true);

            assertThat(facts.isProjectAdmin(ALICE, SUP)).isTrue();
        }

        @Test
        void givenUnknownProject_askingBrowse_isFalseWithoutLookingUpTheUser() {
            assertThat(facts.canBrowseProject(ALICE, SUP)).isFalse();
            verify(userManager, never()).getUserByKey(any());
        }
    }

    @Test
    void givenAdminSettings_askingSettings_answersTheCurrentOnes() {
        settings = new AccessSettings(Optional.of("leaders"), Set.of("executives"));

        assertThat(facts.settings()).isEqualTo(settings);
    }

    @Test
    void givenPermissionsOverJira_companyGroupMember_managesCycles() {
        settings = AccessSettings.DEFAULTS.withCompanyGroup("leaders");
        aliceIsActive();
        when(salUserManager.isLicensed(new com.atlassian.sal.api.user.UserKey(ALICE.value()))).thenReturn(true);
        when(groupManager.isUserInGroup(alice, "leaders")).thenReturn(true);

        Permissions permissions = new Permissions(facts);

        assertThat(permissions.canManageCycles(Optional.of(ALICE))).isTrue();
        assertThat(permissions.canView(Optional.of(ALICE), Scope.COMPANY)).isTrue();
    }
}
