package dev.waypoint.jira.rest.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cycle close wizard: preview and close with overrides and carry-over. */
class CycleCloseEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenJiraAdmin_previewing_listsSuggestedGradesAndUnfinishedKeyResults() {
        RestResponse response = rest.send(RestRequest.get("/cycles/" + fixture.q1.id() + "/close/preview")
                .as(Role.JIRA_ADMIN));

        assertThat(response.status()).isEqualTo(200);
        JsonNode team = objective(response.json(), fixture.team.id().value());
        assertThat(team.path("suggestedGrade").asDouble()).isEqualTo(0.4);
        assertThat(response.json().has("hiddenObjectives")).as("no count of hidden objectives").isFalse();
        assertThat(response.json().path("carryOverCandidates")).extracting(c -> c.path("title").asText())
                .contains("Answer tickets faster");
    }

    @Test
    void givenCompanyGroupMemberWithoutBrowse_previewing_seesNoTeamObjective() {
        RestResponse response = rest.send(RestRequest.get("/cycles/" + fixture.q1.id() + "/close/preview")
                .as(Role.COMPANY_GROUP_MEMBER));

        assertThat(response.json().path("objectives")).extracting(o -> o.path("title").asText())
                .containsExactlyInAnyOrder("Grow the company", "Simplify the company", "Learn Java 21");
        assertThat(response.body()).doesNotContain("Delight TEAM customers").doesNotContain("Secret plans")
                .doesNotContain("hiddenObjectives");
    }

    @Test
    void givenOverrideAndCarryOver_closing_gradesClosesAndCopiesTheKeyResult() {
        String body = "{\"version\":0,\"overrides\":[{\"objectiveId\":" + fixture.team.id()
                + ",\"grade\":0.9,\"note\":\"The hard part is done\"}],\"carryOver\":{\"cycleId\":" + fixture.q2.id()
                + ",\"keyResultIds\":[" + fixture.kr.id() + "]}}";

        RestResponse response = rest.send(RestRequest.post("/cycles/" + fixture.q1.id() + "/close", body)
                .as(Role.JIRA_ADMIN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("cycle").path("state").asText()).isEqualTo("CLOSED");
        assertThat(response.json().path("carriedOver")).hasSize(1);
        Objective graded = fixture.storage().objectives().findById(fixture.team.id()).orElseThrow();
        assertThat(graded.state()).isEqualTo(ObjectiveState.CLOSED);
        assertThat(graded.grade().score()).isEqualTo(0.9);
        assertThat(fixture.storage().objectives().findByCycleIds(java.util.List.of(fixture.q2.id())))
                .extracting(Objective::title).containsExactly("Delight TEAM customers");
    }

    @Test
    void givenClosedCycle_closingAgain_answers409() {
        rest.send(RestRequest.post("/cycles/" + fixture.q1.id() + "/close", "{\"version\":0}").as(Role.JIRA_ADMIN));

        RestResponse again = rest.send(RestRequest.post("/cycles/" + fixture.q1.id() + "/close", "{\"version\":1}")
                .as(Role.JIRA_ADMIN));

        assertThat(again.status()).isEqualTo(409);
    }

    private static JsonNode objective(JsonNode preview, long id) {
        for (JsonNode objective : preview.path("objectives")) {
            if (objective.path("id").asLong() == id) {
                return objective;
            }
        }
        throw new AssertionError("no objective " + id + " in " + preview);
    }
}
