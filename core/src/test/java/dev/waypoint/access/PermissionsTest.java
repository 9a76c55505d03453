package dev.waypoint.access;

import static dev.waypoint.access.Role.ANONYMOUS;
import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The security model of DESIGN §5, rule by rule and role by role. Each rule has one table test over all seven roles
 * of {@link Role} (which roles may) and example tests for the cases the table does not show.
 */
class PermissionsTest {

    private static final Scope TEAM = Scope.project(Role.PROJECT);
    private static final Scope OTHER_PROJECT = Scope.project(new ProjectKey("OTHER"));
    private static final UserKey OWNER_KEY = OWNER.user().orElseThrow();

    private final InMemoryAccessFacts facts = Role.standardFacts();
    private final Permissions permissions = new Permissions(facts);

    private static Set<Role> only(Role... roles) {
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    private static Set<Role> everyLoggedIn() {
        return EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    }

    @Nested
    class Viewing {

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_viewingProjectItems_onlyUsersWhoBrowseTheProjectMay(Role role) {
            assertThat(permissions.canView(role.user(), TEAM))
                    .isEqualTo(only(PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_viewingCompanyItems_everyLicensedUserMay(Role role) {
            assertThat(permissions.canView(role.user(), Scope.COMPANY)).isEqualTo(everyLoggedIn().contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenCompanyItemsRestrictedToGroups_viewingCompanyItems_onlyThoseGroupsAndCompanyManagersMay(Role role) {
            facts.companyViewerGroups("executives");

            assertThat(permissions.canView(role.user(), Scope.COMPANY))
                    .isEqualTo(only(COMPANY_GROUP_MEMBER, JIRA_ADMIN).contains(role));
        }

        @Test
        void givenCompanyItemsRestrictedToGroups_viewingAsMemberOfOneGroup_isAllowed() {
            facts.companyViewerGroups("executives", "managers").inGroup("member", "managers");

            assertThat(permissions.canView(PROJECT_MEMBER.user(), Scope.COMPANY)).isTrue();
        }

        @Test
        void givenProjectMember_viewingAnotherProject_isDenied() {
            assertThat(permissions.canView(PROJECT_MEMBER.user(), OTHER_PROJECT)).isFalse();
        }

        @Test
        void givenJiraAdminWithoutBrowse_viewingProjectItems_isDenied() {
            assertThat(permissions.canView(JIRA_ADMIN.user(), OTHER_PROJECT)).isFalse();
        }

        @Test
        void givenProjectAdminWithoutBrowse_viewingProjectItems_isDenied() {
            facts.projectAdmin("padmin", "OTHER");

            assertThat(permissions.canView(PROJECT_ADMIN.user(), OTHER_PROJECT)).isFalse();
        }

        @Test
        void givenUserWhoLostTheLicence_viewingProjectItems_isDenied() {
            facts.unlicensed("member");

            assertThat(permissions.canView(PROJECT_MEMBER.user(), TEAM)).isFalse();
        }

        @Test
        void givenUnknownUser_viewingCompanyItems_isDenied() {
            assertThat(permissions.canView(Optional.of(new UserKey("ghost")), Scope.COMPANY)).isFalse();
        }

        @Test
        void givenAnonymous_requiringView_throwsUnauthenticated() {
            assertThatThrownBy(() -> permissions.requireView(ANONYMOUS.user(), Scope.COMPANY))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.isUnauthenticated()).isTrue();
                        assertThat(e.messageKey()).isEqualTo(AccessMessages.NOT_LOGGED_IN);
                    });
        }

        @Test
        void givenUnlicensedUser_requiringView_throwsNotLicensed() {
            facts.unlicensed("member");

            assertThatThrownBy(() -> permissions.requireView(PROJECT_MEMBER.user(), TEAM))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.isUnauthenticated()).isFalse();
                        assertThat(e.messageKey()).isEqualTo(AccessMessages.NOT_LICENSED);
                    });
        }

        @Test
        void givenOutsider_requiringViewOfProject_throwsForbiddenNamingTheProject() {
            assertThatThrownBy(() -> permissions.requireView(LICENSED_WITHOUT_BROWSE.user(), TEAM))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.isUnauthenticated()).isFalse();
                        assertThat(e.messageKey()).isEqualTo(AccessMessages.VIEW_PROJECT);
                        assertThat(e.args()).containsExactly("TEAM");
                        assertThat(e.getMessage())
                                .isEqualTo("You do not have permission to see the items of project TEAM");
                    });
        }

        @Test
        void givenRestrictedCompanyItems_requiringViewAsMember_throwsCompanyViewKey() {
            facts.companyViewerGroups("executives");

            assertThatThrownBy(() -> permissions.requireView(PROJECT_MEMBER.user(), Scope.COMPANY))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.VIEW_COMPANY));
        }

        @Test
        void givenMember_requiringView_passes() {
            assertThatCode(() -> permissions.requireView(PROJECT_MEMBER.user(), TEAM)).doesNotThrowAnyException();
        }

        @Test
        void givenOutsider_requiringVisibleItem_throwsNotFoundToHideItsExistence() {
            assertThatThrownBy(() -> permissions.requireVisible(LICENSED_WITHOUT_BROWSE.user(), TEAM, "Objective", 7))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.entity()).isEqualTo("Objective");
                        assertThat(e.id()).isEqualTo("7");
                    });
        }

        @Test
        void givenAnonymous_requiringVisibleItem_throwsUnauthenticated() {
            assertThatThrownBy(() -> permissions.requireVisible(ANONYMOUS.user(), TEAM, "Objective", 7))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.isUnauthenticated()).isTrue());
        }

        @Test
        void givenMember_requiringVisibleItem_passes() {
            assertThatCode(() -> permissions.requireVisible(PROJECT_MEMBER.user(), TEAM, "Objective", 7))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class Editing {

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_editingProjectItemOfOwner_onlyOwnerAndProjectAdminsMay(Role role) {
            assertThat(permissions.canEdit(role.user(), TEAM, OWNER_KEY))
                    .isEqualTo(only(OWNER, PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_editingCompanyItemOfOwner_onlyCompanyManagersMay(Role role) {
            assertThat(permissions.canEdit(role.user(), Scope.COMPANY, OWNER_KEY))
                    .isEqualTo(only(COMPANY_GROUP_MEMBER, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_editingProjectItemWithoutOwner_onlyProjectAdminsMay(Role role) {
            assertThat(permissions.canEdit(role.user(), TEAM, null))
                    .isEqualTo(only(PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @Test
        void givenMember_creatingProjectItemOwnedByThemselves_isAllowed() {
            assertThat(permissions.canEdit(PROJECT_MEMBER.user(), TEAM, PROJECT_MEMBER.user().orElseThrow()))
                    .isTrue();
        }

        @Test
        void givenOwnerWhoLostBrowse_editingOwnProjectItem_isDenied() {
            assertThat(permissions.canEdit(OWNER.user(), OTHER_PROJECT, OWNER_KEY)).isFalse();
        }

        @Test
        void givenProjectAdminWithoutBrowse_editingProjectItem_isDenied() {
            facts.projectAdmin("padmin", "OTHER");

            assertThat(permissions.canEdit(PROJECT_ADMIN.user(), OTHER_PROJECT, OWNER_KEY)).isFalse();
        }

        @Test
        void givenNoCompanyGroupConfigured_editingCompanyItemAsFormerGroupMember_isDenied() {
            facts.settings(AccessSettings.DEFAULTS);

            assertThat(permissions.canEdit(COMPANY_GROUP_MEMBER.user(), Scope.COMPANY, OWNER_KEY)).isFalse();
        }

        @Test
        void givenNoCompanyGroupConfigured_editingCompanyItemAsJiraAdmin_isAllowed() {
            facts.settings(AccessSettings.DEFAULTS);

            assertThat(permissions.canEdit(JIRA_ADMIN.user(), Scope.COMPANY, OWNER_KEY)).isTrue();
        }

        @Test
        void givenMember_requiringEditOfProjectItem_throwsEditProjectKey() {
            assertThatThrownBy(() -> permissions.requireEdit(PROJECT_MEMBER.user(), TEAM, OWNER_KEY))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(AccessMessages.EDIT_PROJECT);
                        assertThat(e.args()).containsExactly("TEAM");
                    });
        }

        @Test
        void givenOwner_requiringEditOfCompanyItem_throwsEditCompanyKey() {
            assertThatThrownBy(() -> permissions.requireEdit(OWNER.user(), Scope.COMPANY, OWNER_KEY))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.EDIT_COMPANY));
        }

        @Test
        void givenOutsider_requiringEditOfProjectItem_throwsViewKeyFirst() {
            assertThatThrownBy(() -> permissions.requireEdit(LICENSED_WITHOUT_BROWSE.user(), TEAM, OWNER_KEY))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.VIEW_PROJECT));
        }

        @Test
        void givenOwner_requiringEdit_passes() {
            assertThatCode(() -> permissions.requireEdit(OWNER.user(), TEAM, OWNER_KEY)).doesNotThrowAnyException();
        }
    }

    @Nested
    class CheckingIn {

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_checkingInOnKeyResultOwnedByOwner_onlyOwnerAndProjectAdminsMay(Role role) {
            assertThat(permissions.canCheckIn(role.user(), TEAM, OWNER_KEY, null))
                    .isEqualTo(only(OWNER, PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_checkingInWhereOwnerOwnsTheObjective_onlyOwnerAndProjectAdminsMay(Role role) {
            assertThat(permissions.canCheckIn(role.user(), TEAM, null, OWNER_KEY))
                    .isEqualTo(only(OWNER, PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_checkingInOnCompanyKeyResultOwnedByOwner_ownerAndCompanyManagersMay(Role role) {
            assertThat(permissions.canCheckIn(role.user(), Scope.COMPANY, OWNER_KEY, null))
                    .isEqualTo(only(OWNER, COMPANY_GROUP_MEMBER, JIRA_ADMIN).contains(role));
        }

        @Test
        void givenKeyResultOwnerWithoutBrowse_checkingIn_isDenied() {
            assertThat(permissions.canCheckIn(LICENSED_WITHOUT_BROWSE.user(), TEAM,
                    LICENSED_WITHOUT_BROWSE.user().orElseThrow(), null)).isFalse();
        }

        @Test
        void givenMember_requiringCheckIn_throwsCheckInKey() {
            assertThatThrownBy(() -> permissions.requireCheckIn(PROJECT_MEMBER.user(), TEAM, OWNER_KEY, OWNER_KEY))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.CHECK_IN));
        }

        @Test
        void givenObjectiveOwner_requiringCheckIn_passes() {
            assertThatCode(() -> permissions.requireCheckIn(OWNER.user(), TEAM, null, OWNER_KEY))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class Kpis {

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_viewingValuesOfProjectKpi_onlyUsersWhoBrowseTheProjectMay(Role role) {
            assertThat(permissions.canViewKpiValues(role.user(), TEAM))
                    .isEqualTo(only(PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_viewingValuesOfGlobalKpi_everyLicensedUserMay(Role role) {
            assertThat(permissions.canViewKpiValues(role.user(), Scope.COMPANY))
                    .isEqualTo(everyLoggedIn().contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_managingProjectKpiOfOwner_onlyOwnerAndProjectAdminsMay(Role role) {
            assertThat(permissions.canManageKpi(role.user(), TEAM, OWNER_KEY))
                    .isEqualTo(only(OWNER, PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_managingGlobalKpiOfOwner_ownerAndCompanyManagersMay(Role role) {
            assertThat(permissions.canManageKpi(role.user(), Scope.COMPANY, OWNER_KEY))
                    .isEqualTo(only(OWNER, COMPANY_GROUP_MEMBER, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_changingJqlOfProjectKpiOfOwner_onlyOwnerAndJiraAdminsMay(Role role) {
            assertThat(permissions.canChangeKpiJql(role.user(), TEAM, OWNER_KEY))
                    .isEqualTo(only(OWNER, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_changingJqlOfGlobalKpiOfOwner_onlyOwnerAndJiraAdminsMay(Role role) {
            assertThat(permissions.canChangeKpiJql(role.user(), Scope.COMPANY, OWNER_KEY))
                    .isEqualTo(only(OWNER, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_creatingProjectKpiOwnedByThemselves_usersWhoBrowseTheProjectMay(Role role) {
            assertThat(permissions.canCreateKpi(role.user(), TEAM, role.user().orElse(null)))
                    .isEqualTo(only(PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_creatingProjectKpiOwnedByOwner_onlyOwnerAndJiraAdminsMay(Role role) {
            assertThat(permissions.canCreateKpi(role.user(), TEAM, OWNER_KEY))
                    .isEqualTo(only(OWNER, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_creatingGlobalKpiOwnedByThemselves_onlyCompanyManagersMay(Role role) {
            assertThat(permissions.canCreateKpi(role.user(), Scope.COMPANY, role.user().orElse(null)))
                    .isEqualTo(only(COMPANY_GROUP_MEMBER, JIRA_ADMIN).contains(role));
        }

        @Test
        void givenProjectAdmin_takingOverKpiOwnership_mayChangeTheJqlAsNewOwner() {
            UserKey projectAdmin = PROJECT_ADMIN.user().orElseThrow();

            assertThat(permissions.canManageKpi(PROJECT_ADMIN.user(), TEAM, OWNER_KEY)).isTrue();
            assertThat(permissions.canChangeKpiJql(PROJECT_ADMIN.user(), TEAM, projectAdmin)).isTrue();
        }

        @Test
        void givenProjectAdmin_requiringJqlChangeOfAnotherOwnersKpi_throwsJqlKey() {
            assertThatThrownBy(() -> permissions.requireChangeKpiJql(PROJECT_ADMIN.user(), TEAM, OWNER_KEY))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(AccessMessages.KPI_JQL);
                        assertThat(e.getMessage()).contains("owner's permissions");
                    });
        }

        @Test
        void givenMember_requiringKpiManagement_throwsManageKey() {
            assertThatThrownBy(() -> permissions.requireManageKpi(PROJECT_MEMBER.user(), TEAM, OWNER_KEY))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.KPI_MANAGE));
        }

        @Test
        void givenOutsider_requiringKpiValues_throwsViewKey() {
            assertThatThrownBy(() -> permissions.requireViewKpiValues(LICENSED_WITHOUT_BROWSE.user(), TEAM))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.VIEW_PROJECT));
        }

        @Test
        void givenOwner_requiringKpiCreation_passes() {
            assertThatCode(() -> permissions.requireCreateKpi(OWNER.user(), TEAM, OWNER_KEY))
                    .doesNotThrowAnyException();
        }

        @Test
        void givenProjectAdmin_requiringCreationOfKpiOwnedByOther_throwsJqlKey() {
            assertThatThrownBy(() -> permissions.requireCreateKpi(PROJECT_ADMIN.user(), TEAM, OWNER_KEY))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.KPI_JQL));
        }
    }

    @Nested
    class CompanyCyclesAndSettings {

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_managingCompanyItems_onlyCompanyManagersMay(Role role) {
            assertThat(permissions.canManageCompany(role.user()))
                    .isEqualTo(only(COMPANY_GROUP_MEMBER, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_managingCycles_onlyCompanyManagersMay(Role role) {
            assertThat(permissions.canManageCycles(role.user()))
                    .isEqualTo(only(COMPANY_GROUP_MEMBER, JIRA_ADMIN).contains(role));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void givenEachRole_administeringWaypoint_onlyJiraAdminsMay(Role role) {
            assertThat(permissions.canAdminister(role.user())).isEqualTo(only(JIRA_ADMIN).contains(role));
        }

        @Test
        void givenUnlicensedJiraAdmin_administering_isAllowed() {
            facts.unlicensed("jadmin");

            assertThat(permissions.canAdminister(JIRA_ADMIN.user())).isTrue();
        }

        @Test
        void givenUnlicensedJiraAdmin_managingCycles_isDenied() {
            facts.unlicensed("jadmin");

            assertThat(permissions.canManageCycles(JIRA_ADMIN.user())).isFalse();
        }

        @Test
        void givenMember_requiringCycleManagement_throwsCyclesKey() {
            assertThatThrownBy(() -> permissions.requireManageCycles(PROJECT_MEMBER.user()))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(AccessMessages.MANAGE_CYCLES));
        }

        @Test
        void givenCompanyGroupMember_requiringAdministration_throwsAdministerKey() {
            assertThatThrownBy(() -> permissions.requireAdminister(COMPANY_GROUP_MEMBER.user()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.isUnauthenticated()).isFalse();
                        assertThat(e.messageKey()).isEqualTo(AccessMessages.ADMINISTER);
                    });
        }

        @Test
        void givenAnonymous_requiringAdministration_throwsUnauthenticated() {
            assertThatThrownBy(() -> permissions.requireAdminister(ANONYMOUS.user()))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.isUnauthenticated()).isTrue());
        }

        @Test
        void givenJiraAdmin_requiringAdministrationAndCycles_passes() {
            assertThatCode(() -> {
                permissions.requireAdminister(JIRA_ADMIN.user());
                permissions.requireManageCycles(JIRA_ADMIN.user());
            }).doesNotThrowAnyException();
        }

        @Test
        void givenMember_requiringLicence_returnsTheirKey() {
            assertThat(permissions.requireLicensed(PROJECT_MEMBER.user())).isEqualTo(new UserKey("member"));
        }
    }

    @Nested
    class CapabilitiesOfRoles {

        @Test
        void givenAnonymous_askingCapabilities_hasNone() {
            assertThat(permissions.capabilities(ANONYMOUS.user()))
                    .isEqualTo(new Capabilities(false, false, false, false, false));
        }

        @Test
        void givenMember_askingCapabilities_mayUseAndSeeCompanyOnly() {
            assertThat(permissions.capabilities(PROJECT_MEMBER.user()))
                    .isEqualTo(new Capabilities(true, true, false, false, false));
        }

        @Test
        void givenCompanyGroupMember_askingCapabilities_managesCompanyAndCycles() {
            assertThat(permissions.capabilities(COMPANY_GROUP_MEMBER.user()))
                    .isEqualTo(new Capabilities(true, true, true, true, false));
        }

        @Test
        void givenJiraAdmin_askingCapabilities_hasAll() {
            assertThat(permissions.capabilities(JIRA_ADMIN.user()))
                    .isEqualTo(new Capabilities(true, true, true, true, true));
        }
    }
}
