package dev.waypoint.jira.rest.initiative;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code /key-results/{id}/initiatives}: linking by issue key, as the caller. */
class InitiativeEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenIssueKeyInLowerCase_linking_storesTheIssueIdAndAnswersKeyAndSummary() {
        RestResponse response = rest.send(RestRequest.post("/key-results/" + fixture.kr.id() + "/initiatives",
                "{\"issueKey\":\"team-1\"}").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("issueKey").asText()).isEqualTo("TEAM-1");
        assertThat(response.json().path("summary").asText()).isEqualTo("Fix the login page");
        assertThat(response.json().path("linkedBy").asText()).isEqualTo("owner");
        assertThat(fixture.contents().initiatives()).extracting(Initiative::issueId).contains(new IssueId(101));
    }

    @Test
    void givenLinkToAnIssueTheViewerMayNotSee_listing_leavesItOutWithoutATrace() {
        fixture.storage().initiatives().insert(new Initiative(null, fixture.kr.id(), new IssueId(201),
                OkrRestFixture.JIRA_ADMIN, OkrRestFixture.NOW));

        RestResponse response = rest.send(RestRequest.get("/key-results/" + fixture.kr.id() + "/initiatives")
                .as(Role.PROJECT_MEMBER));

        assertThat(response.json().path("initiatives")).extracting(i -> i.path("issueKey").asText())
                .containsExactly("TEAM-2");
        assertThat(response.json().has("hidden")).as("no count of hidden links (DESIGN §5)").isFalse();
        assertThat(response.body()).doesNotContain("201").doesNotContain("OTHER");
        assertThat(response.json().path("canLink").asBoolean()).isFalse();
    }

    @Test
    void givenLinkedEpic_unlinking_removesTheLink() {
        RestResponse response = rest.send(RestRequest.delete("/key-results/" + fixture.kr.id()
                + "/initiatives/TEAM-2").as(Role.PROJECT_ADMIN));

        assertThat(response.status()).isEqualTo(204);
        assertThat(fixture.contents().initiatives()).extracting(Initiative::keyResultId)
                .doesNotContain(fixture.kr.id());
    }

    @Test
    void givenIssueTheViewerMayNotSee_linking_answers404AsForAnUnknownIssue() {
        RestResponse hidden = rest.send(RestRequest.post("/key-results/" + fixture.kr.id() + "/initiatives",
                "{\"issueKey\":\"OTHER-1\"}").as(Role.JIRA_ADMIN));
        RestResponse unknown = rest.send(RestRequest.post("/key-results/" + fixture.kr.id() + "/initiatives",
                "{\"issueKey\":\"OTHER-99\"}").as(Role.JIRA_ADMIN));

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.errorMessages().get(0)).isEqualTo("Issue OTHER-1 does not exist");
    }
}
