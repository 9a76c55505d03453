package dev.waypoint.jira.rest.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import dev.waypoint.app.MeQuery;
import org.junit.jupiter.api.Test;

/** {@link MeResource} called directly (code-style §3 rule 13); the HTTP side is in {@link MeEndpointTest}. */
class MeResourceTest {

    private final InMemoryAccessFacts facts = Role.standardFacts();
    private final Permissions permissions = new Permissions(facts);

    private MeResponse meAs(Role role) {
        return new MeResource(new MeQuery(role::user, permissions)).me();
    }

    @Test
    void givenJiraAdmin_askingMe_answersAllCapabilities() {
        assertThat(meAs(Role.JIRA_ADMIN)).isEqualTo(new MeResponse("jadmin", true, true, true, true));
    }

    @Test
    void givenCompanyGroupMember_askingMe_managesCompanyAndCyclesButIsNoAdmin() {
        assertThat(meAs(Role.COMPANY_GROUP_MEMBER)).isEqualTo(new MeResponse("leader", false, true, true, true));
    }

    @Test
    void givenProjectMember_askingMe_mayOnlySeeCompanyItems() {
        assertThat(meAs(Role.PROJECT_MEMBER)).isEqualTo(new MeResponse("member", false, true, false, false));
    }

    @Test
    void givenCompanyItemsRestricted_askingMeAsMember_cannotSeeCompanyItems() {
        facts.companyViewerGroups("executives");

        assertThat(meAs(Role.PROJECT_MEMBER).canViewCompany()).isFalse();
    }

    @Test
    void givenAnonymous_askingMe_isRefusedAsUnauthenticated() {
        assertThatThrownBy(() -> meAs(Role.ANONYMOUS))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.isUnauthenticated()).isTrue());
    }

    @Test
    void givenUnlicensedUser_askingMe_isRefused() {
        facts.unlicensed("member");

        assertThatThrownBy(() -> meAs(Role.PROJECT_MEMBER))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.isUnauthenticated()).isFalse());
    }
}
