package dev.waypoint.jira.rest.alignment;

import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_OBJECTIVE;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_OBJECTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Aligning objectives to KPIs through the JAX-RS runtime: both directions, both sides' visibility. */
class AlignmentEndpointTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
    }

    private Objective objective(long id) {
        return world.repositories().okr().objectives().findById(new ObjectiveId(id)).orElseThrow();
    }

    private static List<Long> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asLong()).toList();
    }

    @Test
    void givenAlignedObjective_listingItsKpis_answersThemWithTheirLatestHealth() {
        RestResponse response = rest.send(RestRequest.get("/alignments/objectives/" + TEAM_OBJECTIVE)
                .as(Role.PROJECT_MEMBER));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).singleElement().satisfies(kpi -> {
            assertThat(kpi.path("kpiId").asLong()).isEqualTo(TEAM_JQL);
            assertThat(kpi.path("health").asText()).isEqualTo("AMBER");
            assertThat(kpi.path("latestValue").asDouble()).isEqualTo(25);
        });
    }

    @Test
    void givenOwner_linkingAKpi_storesItOnTheObjective() {
        RestResponse response = rest.send(RestRequest.post("/alignments",
                "{\"objectiveId\":" + TEAM_OBJECTIVE + ",\"kpiId\":" + TEAM_MANUAL + "}").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"objectiveId\":1,\"kpiId\":3}");
        assertThat(objective(TEAM_OBJECTIVE).alignedKpis()).containsExactlyInAnyOrder(new KpiId(TEAM_JQL),
                new KpiId(TEAM_MANUAL));
        assertThat(ids(rest.send(RestRequest.get("/alignments/kpis/" + TEAM_MANUAL).as(Role.OWNER)).json(),
                "objectiveId")).containsExactly(TEAM_OBJECTIVE);
    }

    @Test
    void givenLinkTwice_linking_isHarmless() {
        RestRequest link = RestRequest.post("/alignments", "{\"objectiveId\":1,\"kpiId\":1}").as(Role.OWNER);

        assertThat(rest.send(link).status()).isEqualTo(200);
        assertThat(objective(TEAM_OBJECTIVE).alignedKpis()).containsExactly(new KpiId(TEAM_JQL));
    }

    @Test
    void givenProjectAdmin_unlinking_removesTheAlignment() {
        RestResponse response = rest.send(RestRequest.delete("/alignments/" + TEAM_OBJECTIVE + "/" + TEAM_JQL)
                .as(Role.PROJECT_ADMIN));

        assertThat(response.status()).isEqualTo(204);
        assertThat(objective(TEAM_OBJECTIVE).alignedKpis()).isEmpty();
    }

    @Test
    void givenCompanyObjectiveAlignedToATeamKpi_outsiderListingItsKpis_doesNotSeeTheTeamKpi() {
        rest.send(RestRequest.post("/alignments", "{\"objectiveId\":" + COMPANY_OBJECTIVE + ",\"kpiId\":"
                + TEAM_JQL + "}").as(Role.JIRA_ADMIN));

        JsonNode asOutsider = rest.send(RestRequest.get("/alignments/objectives/" + COMPANY_OBJECTIVE)
                .as(Role.LICENSED_WITHOUT_BROWSE)).json();
        JsonNode asMember = rest.send(RestRequest.get("/alignments/objectives/" + COMPANY_OBJECTIVE)
                .as(Role.PROJECT_MEMBER)).json();

        assertThat(asOutsider).isEmpty();
        assertThat(ids(asMember, "kpiId")).containsExactly(TEAM_JQL);
    }

    @Test
    void givenTeamObjectiveAlignedToAKpi_companyGroupMemberListingTheKpisObjectives_seesOnlyVisibleOnes() {
        rest.send(RestRequest.post("/alignments", "{\"objectiveId\":" + COMPANY_OBJECTIVE + ",\"kpiId\":2}")
                .as(Role.JIRA_ADMIN));
        rest.send(RestRequest.post("/alignments", "{\"objectiveId\":" + TEAM_OBJECTIVE + ",\"kpiId\":2}")
                .as(Role.JIRA_ADMIN));

        JsonNode objectives = rest.send(RestRequest.get("/alignments/kpis/2").as(Role.COMPANY_GROUP_MEMBER)).json();

        assertThat(ids(objectives, "objectiveId")).containsExactly(COMPANY_OBJECTIVE);
    }
}
