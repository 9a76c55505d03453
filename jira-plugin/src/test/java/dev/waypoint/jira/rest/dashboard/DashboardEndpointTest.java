package dev.waypoint.jira.rest.dashboard;

import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_OBJECTIVE;
import static dev.waypoint.jira.rest.kpi.KpiFixture.OTHER_PROJECT;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_AGENTS;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_OBJECTIVE;
import static dev.waypoint.jira.rest.kpi.KpiFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard items' read models through the JAX-RS runtime, on {@link KpiFixture}'s data. */
class DashboardEndpointTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
    }

    private JsonNode get(RestRequest request, Role role) {
        RestResponse response = rest.send(request.as(role));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asLong()).toList();
    }

    @Test
    void givenProject_gettingOkrProgress_answersItsCurrentCycleWithCompanyContext() {
        JsonNode item = get(RestRequest.get("/dashboard/okr-progress").query("project", "TEAM"), Role.PROJECT_MEMBER);

        assertThat(item.path("cycle").path("name").asText()).isEqualTo("Q1 2026");
        assertThat(item.path("expectedProgress").asDouble()).isBetween(0.5, 0.55);
        assertThat(ids(item.path("objectives"), "id")).containsExactly(TEAM_OBJECTIVE, COMPANY_OBJECTIVE);
        JsonNode team = item.path("objectives").get(0);
        assertThat(team.path("context").asBoolean()).isFalse();
        assertThat(team.path("keyResults").get(0).path("title").asText()).isEqualTo("Answer within a day");
        assertThat(team.path("keyResults").get(0).path("progress").path("warning").asText()).isEqualTo("NO_VALUE");
        assertThat(item.path("objectives").get(1).path("context").asBoolean()).isTrue();
    }

    @Test
    void givenCycle_gettingOkrProgress_answersTheTopObjectivesRolledUpOverTheVisibleChildren() {
        world.store(OkrTestData.anObjective(new CycleId(1)).titled("Support the growth")
                .level(ObjectiveLevel.TEAM, Role.PROJECT).ownedBy(user(Role.OWNER))
                .alignedTo(new ObjectiveId(COMPANY_OBJECTIVE)));

        JsonNode asMember = get(RestRequest.get("/dashboard/okr-progress").query("cycle", "1"), Role.PROJECT_MEMBER);
        JsonNode asOutsider = get(RestRequest.get("/dashboard/okr-progress").query("cycle", "1"),
                Role.LICENSED_WITHOUT_BROWSE);

        assertThat(ids(asMember.path("objectives"), "id")).containsExactly(TEAM_OBJECTIVE, COMPANY_OBJECTIVE);
        assertThat(ids(asOutsider.path("objectives"), "id")).containsExactly(COMPANY_OBJECTIVE);
    }

    @Test
    void givenObjective_gettingOkrProgress_answersItAndTheObjectivesAlignedBelowIt() {
        world.store(OkrTestData.anObjective(new CycleId(1)).titled("Support the growth")
                .level(ObjectiveLevel.TEAM, Role.PROJECT).ownedBy(user(Role.OWNER))
                .alignedTo(new ObjectiveId(COMPANY_OBJECTIVE)));

        JsonNode item = get(RestRequest.get("/dashboard/okr-progress").query("objective", "2"), Role.OWNER);

        assertThat(ids(item.path("objectives"), "id")).containsExactly(COMPANY_OBJECTIVE, 3L);
    }

    @Test
    void givenChosenKpis_gettingTheScorecard_answersTheVisibleOnesInOrderAndNamesTheOthers() {
        JsonNode item = get(RestRequest.get("/dashboard/kpi-scorecard")
                .query("kpis", COMPANY_MANUAL + "," + OTHER_PROJECT + "," + TEAM_JQL), Role.PROJECT_MEMBER);

        assertThat(item.path("kpis")).hasSize(2);
        assertThat(item.path("kpis").get(0).path("kpi").path("id").asLong()).isEqualTo(COMPANY_MANUAL);
        assertThat(item.path("kpis").get(1).path("kpi").path("id").asLong()).isEqualTo(TEAM_JQL);
        assertThat(item.path("kpis").get(1).path("history")).hasSize(3);
        assertThat(item.path("kpis").get(1).path("health").asText()).isEqualTo("AMBER");
        assertThat(item.path("missing").toString()).isEqualTo("[" + OTHER_PROJECT + "]");
    }

    @Test
    void givenThirtyKpis_gettingTheScorecard_readsAtMostThreeTimes() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            var kpi = world.store(KpiTestData.aKpi().named("KPI " + i).scope(Role.PROJECT).ownedBy(user(Role.OWNER)));
            for (int day = 0; day < 90; day++) {
                world.store(KpiValue.of(kpi.id(), KpiFixture.ago(Duration.ofDays(day)), day));
            }
            ids.append(i == 0 ? "" : ",").append(kpi.id());
        }
        world.resetCalls();

        JsonNode item = get(RestRequest.get("/dashboard/kpi-scorecard").query("kpis", ids.toString())
                .query("days", "90"), Role.OWNER);

        assertThat(item.path("kpis")).hasSize(30);
        assertThat(world.repositoryCallCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void givenProject_gettingTheScorecard_answersItsKpis() {
        JsonNode item = get(RestRequest.get("/dashboard/kpi-scorecard").query("project", "TEAM"), Role.OWNER);

        assertThat(item.path("kpis")).hasSize(3);
        assertThat(item.path("missing")).isEmpty();
    }

    @Test
    void givenKpiAlignedToAnObjective_gettingItsTrend_marksTheObjectivesCycle() {
        JsonNode item = get(RestRequest.get("/dashboard/kpi-trend").query("kpi", Long.toString(TEAM_JQL)),
                Role.PROJECT_MEMBER);

        assertThat(item.path("bands").toString())
                .isEqualTo("{\"direction\":\"LOWER_IS_BETTER\",\"target\":20.0,\"warning\":30.0}");
        assertThat(item.path("points")).hasSize(3);
        assertThat(item.path("from").asText()).isEqualTo("2025-11-17");
        assertThat(item.path("cycles").toString()).isEqualTo("[{\"cycleId\":1,\"name\":\"Q1 2026\","
                + "\"start\":\"2026-01-01\",\"end\":\"2026-03-31\",\"state\":\"ACTIVE\",\"objectives\":[{\"id\":1,"
                + "\"title\":\"Calm the support queue\",\"state\":\"ACTIVE\"}]}]");
    }

    @Test
    void givenPerAgentKpi_gettingTheWorkload_listsAgentsByCountThenUnassigned() {
        world.agentNames().put(new UserKey("a1"), "Ann \"A1\" <b>One</b>");

        JsonNode item = get(RestRequest.get("/dashboard/agent-workload").query("kpi", Long.toString(TEAM_AGENTS)),
                Role.PROJECT_MEMBER);

        assertThat(item.path("value").asDouble()).isEqualTo(9.5);
        assertThat(item.path("health").asText()).isEqualTo("GREEN");
        assertThat(item.path("agents").toString()).isEqualTo("[{\"agent\":\"a1\","
                + "\"name\":\"Ann \\\"A1\\\" <b>One</b>\","
                + "\"unassigned\":false,\"count\":12,\"health\":\"AMBER\","
                + "\"issuesJql\":\"(project = TEAM) AND assignee = \\\"a1\\\"\"},"
                + "{\"agent\":\"a2\",\"name\":\"a2\",\"unassigned\":false,\"count\":4,\"health\":\"GREEN\","
                + "\"issuesJql\":\"(project = TEAM) AND assignee = \\\"a2\\\"\"},"
                + "{\"agent\":null,\"name\":null,\"unassigned\":true,\"count\":3,\"health\":\"UNKNOWN\","
                + "\"issuesJql\":\"(project = TEAM) AND assignee is EMPTY\"}]");
    }

    @Test
    void givenAll_gettingTheScorecard_answersEveryKpiTheCallerMaySee() {
        JsonNode asMember = get(RestRequest.get("/dashboard/kpi-scorecard").query("all", "true"),
                Role.PROJECT_MEMBER);
        JsonNode asOutsider = get(RestRequest.get("/dashboard/kpi-scorecard").query("all", "true"),
                Role.LICENSED_WITHOUT_BROWSE);

        assertThat(StreamSupport.stream(asMember.path("kpis").spliterator(), false)
                .map(card -> card.path("kpi").path("id").asLong()).toList())
                .containsExactly(TEAM_JQL, COMPANY_MANUAL, KpiFixture.TEAM_MANUAL, TEAM_AGENTS);
        assertThat(StreamSupport.stream(asOutsider.path("kpis").spliterator(), false)
                .map(card -> card.path("kpi").path("id").asLong()).toList()).containsExactly(COMPANY_MANUAL);
        assertThat(asMember.path("missing")).isEmpty();
    }

    @Test
    void givenAllAndAProject_gettingTheScorecard_answers400NamingKpis() {
        RestResponse response = rest.send(RestRequest.get("/dashboard/kpi-scorecard").query("all", "true")
                .query("project", "TEAM").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessages())
                .containsExactly("Give exactly one of: the KPIs (kpis=1,2,3), a project, or all=true");
    }

    @Test
    void givenTheRoles_listingProjects_answersThoseEachMayBrowse() {
        JsonNode asMember = get(RestRequest.get("/projects"), Role.PROJECT_MEMBER);
        JsonNode asOutsider = get(RestRequest.get("/projects"), Role.LICENSED_WITHOUT_BROWSE);

        assertThat(asMember.toString()).isEqualTo("{\"projects\":[{\"key\":\"TEAM\",\"name\":\"Team\"}]}");
        assertThat(asOutsider.toString()).isEqualTo("{\"projects\":[]}");
    }

    @Test
    void givenKpiWithoutBreakdown_gettingTheWorkload_answers400() {
        RestResponse response = rest.send(RestRequest.get("/dashboard/agent-workload")
                .query("kpi", Long.toString(COMPANY_MANUAL)).as(Role.OWNER));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessages())
                .containsExactly("KPI 2 has no breakdown per agent: its source is MANUAL, not PER_AGENT");
    }
}
