package dev.waypoint.jira.rest.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /cycles}: the JSON a client sees, through the real JAX-RS runtime. */
class CycleEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenCompanyGroupMember_creatingCycle_answers201WithPlanningCycle() {
        RestResponse response = rest.send(RestRequest.post("/cycles",
                "{\"name\":\" H2 2026 \",\"start\":\"2026-07-01\",\"end\":\"2026-12-31\"}").as(Role.COMPANY_GROUP_MEMBER));

        assertThat(response.status()).isEqualTo(201);
        JsonNode cycle = response.json();
        assertThat(cycle.path("name").asText()).isEqualTo("H2 2026");
        assertThat(cycle.path("start").asText()).isEqualTo("2026-07-01");
        assertThat(cycle.path("state").asText()).isEqualTo("PLANNING");
        assertThat(cycle.path("version").asLong()).isZero();
    }

    @Test
    void givenYear_creatingQuarters_answersTheFourQuartersInOneAction() {
        RestResponse response = rest.send(RestRequest.post("/cycles/quarters", "{\"year\":2027}").as(Role.JIRA_ADMIN));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json()).extracting(node -> node.path("name").asText())
                .containsExactly("Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027");
        assertThat(response.json().get(3).path("end").asText()).isEqualTo("2027-12-31");
    }

    @Test
    void givenStaleVersion_updatingCycle_answers409AndKeepsIt() {
        String body = "{\"name\":\"Renamed\",\"start\":\"2026-04-01\",\"end\":\"2026-06-30\",\"version\":0}";
        rest.send(RestRequest.put("/cycles/" + fixture.q2.id(), body).as(Role.JIRA_ADMIN));

        RestResponse second = rest.send(RestRequest.put("/cycles/" + fixture.q2.id(),
                body.replace("Renamed", "Again")).as(Role.JIRA_ADMIN));

        assertThat(second.status()).isEqualTo(409);
        assertThat(rest.send(RestRequest.get("/cycles/" + fixture.q2.id()).as(Role.OWNER)).json()
                .path("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void givenStateFilter_listingCycles_answersOnlyThatState() {
        RestResponse response = rest.send(RestRequest.get("/cycles").query("state", "PLANNING").as(Role.OWNER));

        assertThat(response.json()).extracting(node -> node.path("name").asText())
                .containsExactly("Q2 2026", "Q3 2026");
    }

    @Test
    void givenProjectMember_creatingCycle_answers403() {
        RestResponse response = rest.send(RestRequest.post("/cycles",
                "{\"name\":\"H2\",\"start\":\"2026-07-01\",\"end\":\"2026-12-31\"}").as(Role.PROJECT_MEMBER));

        assertThat(response.status()).isEqualTo(403);
        assertThat(fixture.contents().cycles()).hasSize(3);
    }
}
