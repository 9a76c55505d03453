package dev.waypoint.jira.rest.page;

import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_AGENTS;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL_QUERY;
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
import dev.waypoint.kpi.search.Jql;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The KPI pages' read models through the JAX-RS runtime, on {@link KpiFixture}'s data: what the pages receive. */
class KpiPageEndpointTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
    }

    private RestResponse send(RestRequest request, Role role) {
        return rest.send(request.as(role));
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    @Test
    void givenAProjectMember_theProjectsList_hasEachKpiWithItsRowAndWhereToCreate() {
        JsonNode list = send(RestRequest.get("/kpi-pages/kpis").query("project", "TEAM"), Role.PROJECT_MEMBER).json();

        assertThat(list.path("project").asText()).isEqualTo("TEAM");
        assertThat(texts(list.path("kpis"), "ownerName")).hasSize(3);
        JsonNode open = list.path("kpis").get(0);
        assertThat(open.path("kpi").path("id").asLong()).isEqualTo(TEAM_JQL);
        assertThat(open.path("latest").path("value").asDouble()).isEqualTo(25);
        assertThat(open.path("health").asText()).isEqualTo("AMBER");
        assertThat(open.path("history")).hasSize(3);
        assertThat(open.path("drillDown").toString())
                .isEqualTo("[{\"field\":\"source.jql\",\"jql\":\"" + TEAM_JQL_QUERY + "\"}]");
        assertThat(open.path("canManage").asBoolean()).isFalse();
        assertThat(texts(list.path("createIn"), "key")).containsExactly("TEAM");
        assertThat(list.path("canCreateGlobal").asBoolean()).isFalse();
    }

    @Test
    void givenTheCompanyGroupMember_theDirectory_listsOnlyTheGlobalKpiAndOffersAGlobalOne() {
        JsonNode list = send(RestRequest.get("/kpi-pages/kpis"), Role.COMPANY_GROUP_MEMBER).json();

        assertThat(list.path("kpis")).hasSize(1);
        assertThat(list.path("kpis").get(0).path("kpi").path("id").asLong()).isEqualTo(COMPANY_MANUAL);
        assertThat(list.path("kpis").get(0).path("drillDown")).isEmpty();
        assertThat(list.path("canCreateGlobal").asBoolean()).isTrue();
    }

    @Test
    void givenAPerAgentKpi_itsPage_hasTheAgentsRowsEachWithTheQueryOfItsIssues() {
        JsonNode page = send(RestRequest.get("/kpi-pages/kpis/" + TEAM_AGENTS).query("days", "30"), Role.OWNER)
                .json();

        assertThat(page.path("period").path("days").asInt()).isEqualTo(30);
        assertThat(page.path("canManage").asBoolean()).isTrue();
        assertThat(texts(page.path("agents"), "agent")).containsExactly("a1", "a2", "null");
        JsonNode unassigned = page.path("agents").get(2);
        assertThat(unassigned.path("unassigned").asBoolean()).isTrue();
        assertThat(unassigned.path("issuesJql").asText()).isEqualTo(Jql.unassigned("project = TEAM"));
        assertThat(page.path("drillDown").get(0).path("jql").asText()).isEqualTo("project = TEAM");
    }

    @Test
    void givenAKpiWithAnAlignedObjective_itsPage_showsTheObjectiveWithProgressAndTheCyclesToChoose() {
        JsonNode page = send(RestRequest.get("/kpi-pages/kpis/" + TEAM_JQL), Role.OWNER).json();

        assertThat(page.path("aligned")).hasSize(1);
        JsonNode aligned = page.path("aligned").get(0);
        assertThat(aligned.path("id").asLong()).isEqualTo(TEAM_OBJECTIVE);
        assertThat(aligned.path("cycle").path("name").asText()).isEqualTo("Q1 2026");
        assertThat(aligned.path("canUnalign").asBoolean()).isTrue();
        assertThat(texts(aligned.path("keyResults"), "title")).containsExactly("Answer within a day");
        assertThat(texts(page.path("cycles"), "name")).containsExactly("Q1 2026");
        assertThat(page.path("points")).hasSize(3);
        assertThat(page.path("tree").path("children")).isEmpty();
        assertThat(page.path("points").get(2).path("value").asDouble()).isEqualTo(25);
    }

    @Test
    void givenAManualKpi_itsPage_hasNoQueryBehindItsValue() {
        JsonNode page = send(RestRequest.get("/kpi-pages/kpis/" + TEAM_MANUAL), Role.PROJECT_MEMBER).json();

        assertThat(page.path("drillDown")).isEmpty();
        assertThat(page.path("agents")).isEmpty();
        assertThat(page.path("latest").isNull()).isTrue();
    }

    @Test
    void givenBadPeriods_aKpisPage_answers400OnTheField() {
        RestResponse words = send(RestRequest.get("/kpi-pages/kpis/" + TEAM_JQL).query("days", "ninety"), Role.OWNER);
        RestResponse both = send(RestRequest.get("/kpi-pages/kpis/" + TEAM_JQL).query("days", "30")
                .query("cycle", "1"), Role.OWNER);
        RestResponse unknown = send(RestRequest.get("/kpi-pages/kpis/" + TEAM_JQL).query("cycle", "99"), Role.OWNER);

        assertThat(words.status()).isEqualTo(400);
        assertThat(words.errorFields()).containsExactly("days");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.errorFields()).containsExactly("days");
        assertThat(unknown.status()).isEqualTo(404);
    }
}
