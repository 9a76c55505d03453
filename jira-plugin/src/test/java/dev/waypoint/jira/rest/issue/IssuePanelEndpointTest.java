package dev.waypoint.jira.rest.issue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /issues/{key}} and the issue panel {@code /issues/{key}/key-results}. */
class IssuePanelEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenStoryOfALinkedEpic_gettingThePanel_showsTheKeyResultThroughTheEpic() {
        RestResponse response = rest.send(RestRequest.get("/issues/TEAM-3/key-results").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("issue").path("epicKey").asText()).isEqualTo("TEAM-2");
        JsonNode driven = response.json().path("keyResults").get(0);
        assertThat(driven.path("title").asText()).isEqualTo("Answer tickets faster");
        assertThat(driven.path("via").asText()).isEqualTo("EPIC");
        assertThat(driven.path("linkedIssueKey").asText()).isEqualTo("TEAM-2");
        assertThat(driven.path("progress").path("clamped").asDouble()).isEqualTo(0.4);
        assertThat(driven.path("canUnlink").asBoolean()).isFalse();
    }

    @Test
    void givenLinkedEpicItself_gettingThePanel_ownerMayUnlinkAndMemberMayNot() {
        RestResponse owner = rest.send(RestRequest.get("/issues/TEAM-2/key-results").as(Role.OWNER));
        RestResponse member = rest.send(RestRequest.get("/issues/TEAM-2/key-results").as(Role.PROJECT_MEMBER));

        assertThat(owner.json().path("keyResults").get(0).path("via").asText()).isEqualTo("ISSUE");
        assertThat(owner.json().path("keyResults").get(0).path("canUnlink").asBoolean()).isTrue();
        assertThat(member.json().path("keyResults").get(0).path("canUnlink").asBoolean()).isFalse();
        assertThat(member.json().path("canLink").asBoolean()).as("no key result the member may link to").isFalse();
        assertThat(member.json().path("linkChoices")).isEmpty();
    }

    @Test
    void givenAKeyResultTheViewerMayCheckInOn_gettingThePanel_offersLinkingToItAndNothingElse() {
        RestResponse owner = rest.send(RestRequest.get("/issues/TEAM-1/key-results").as(Role.OWNER));
        RestResponse alreadyLinked = rest.send(RestRequest.get("/issues/TEAM-2/key-results").as(Role.OWNER));
        RestResponse admin = rest.send(RestRequest.get("/issues/TEAM-1/key-results").as(Role.JIRA_ADMIN));

        assertThat(owner.json().path("canLink").asBoolean()).isTrue();
        assertThat(owner.json().path("linkChoices")).extracting(c -> c.path("title").asText())
                .containsExactly("Answer tickets faster");
        assertThat(owner.json().path("linkChoices").get(0).path("objectiveTitle").asText())
                .isEqualTo("Delight TEAM customers");
        assertThat(alreadyLinked.json().path("canLink").asBoolean()).as("TEAM-2 is linked to it already").isFalse();
        assertThat(admin.json().path("linkChoices")).extracting(c -> c.path("title").asText())
                .containsExactlyInAnyOrder("Answer tickets faster", "Grow revenue");
    }

    @Test
    void givenAClosedCycle_gettingThePanel_showsTheObjectivesGradeInsteadOfPaceAndNoUnlink() {
        fixture.storage().objectives().update(fixture.team.closed(new dev.waypoint.objective.FinalGrade(0.55,
                "Half way")));
        fixture.storage().cycles().update(fixture.storage().cycles().findById(fixture.q1.id()).orElseThrow()
                .withState(dev.waypoint.cycle.CycleState.CLOSED));

        RestResponse owner = rest.send(RestRequest.get("/issues/TEAM-2/key-results").as(Role.OWNER));

        JsonNode driven = owner.json().path("keyResults").get(0);
        assertThat(driven.path("grade").path("score").asDouble()).isEqualTo(0.55);
        assertThat(driven.path("grade").path("note").asText()).isEqualTo("Half way");
        assertThat(driven.path("gradeBand").asText()).isEqualTo("YELLOW");
        assertThat(driven.path("pace").asText()).isEqualTo("UNKNOWN");
        assertThat(driven.path("canUnlink").asBoolean()).isFalse();
        assertThat(owner.json().path("canLink").asBoolean()).isFalse();
    }

    @Test
    void givenIssueLinkedToAKeyResultInAProjectTheViewerCannotBrowse_gettingThePanel_hidesThatKeyResult() {
        fixture.storage().initiatives().insert(new Initiative(null, fixture.hiddenKr.id(), new IssueId(101),
                OkrRestFixture.JIRA_ADMIN, OkrRestFixture.NOW));

        RestResponse response = rest.send(RestRequest.get("/issues/TEAM-1/key-results").as(Role.JIRA_ADMIN));

        assertThat(response.json().path("keyResults")).isEmpty();
    }

    @Test
    void givenIssue_lookingItUp_answersItAsTheViewerSeesIt() {
        RestResponse response = rest.send(RestRequest.get("/issues/team-3").as(Role.PROJECT_MEMBER));

        assertThat(response.json().path("key").asText()).isEqualTo("TEAM-3");
        assertThat(response.json().path("statusCategory").asText()).isEqualTo("TO_DO");
        assertThat(response.json().path("project").asText()).isEqualTo("TEAM");
    }
}
