package dev.waypoint.jira.rest.insight;

import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_KEY_RESULT;
import static dev.waypoint.jira.rest.kpi.KpiFixture.ago;
import static dev.waypoint.jira.rest.kpi.KpiFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.app.insight.InsightSnapshotLoader;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiBuilder;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.testdata.OkrTestData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Insights through the JAX-RS runtime, on {@link KpiFixture} plus: KPI 6 "Backlog" (TEAM) red for ten days and
 * aligned to nothing; KPI 7 "Churn" (global) red for ten days; the key result "Answer within a day" repeated in the
 * TEAM objectives of Q3 and Q4 2025.
 */
class InsightEndpointTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    private Kpi backlog;

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
        backlog = redForTenDays(KpiTestData.aKpi().named("Backlog").scope(Role.PROJECT).ownedBy(user(Role.OWNER))
                .unit("issues"));
        redForTenDays(KpiTestData.aKpi().named("Churn").global().ownedBy(user(Role.COMPANY_GROUP_MEMBER)));
        for (String quarter : List.of("Q3 2025", "Q4 2025")) {
            LocalDate start = quarter.startsWith("Q3") ? LocalDate.of(2025, 7, 1) : LocalDate.of(2025, 10, 1);
            Cycle cycle = world.store(OkrTestData.aCycle().named(quarter).from(start).to(start.plusMonths(3)
                    .minusDays(1)).inState(CycleState.CLOSED));
            Objective objective = world.store(OkrTestData.anObjective(cycle.id()).level(ObjectiveLevel.TEAM,
                    Role.PROJECT).ownedBy(user(Role.OWNER)).inState(ObjectiveState.CLOSED));
            world.store(OkrTestData.aKeyResult(objective.id()).titled("Answer within a day"));
        }
        world.resetCalls();
    }

    private Kpi redForTenDays(dev.waypoint.kpi.testdata.KpiBuilder builder) {
        Kpi kpi = world.store(builder.bands(KpiDirection.LOWER_IS_BETTER, 20, 30d));
        world.store(KpiValue.of(kpi.id(), ago(Duration.ofDays(10)), 40));
        world.store(KpiValue.of(kpi.id(), ago(Duration.ofDays(5)), 45));
        world.store(KpiValue.of(kpi.id(), ago(Duration.ofHours(1)), 50));
        return kpi;
    }

    private JsonNode insights(String project, Role role) {
        RestRequest request = RestRequest.get("/insights");
        RestResponse response = rest.send((project == null ? request : request.query("project", project)).as(role));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> types(JsonNode insights) {
        return StreamSupport.stream(insights.spliterator(), false).map(i -> i.path("type").asText()).toList();
    }

    private static JsonNode ofType(JsonNode insights, String type) {
        return StreamSupport.stream(insights.spliterator(), false).filter(i -> i.path("type").asText().equals(type))
                .findFirst().orElseThrow();
    }

    @Test
    void givenProject_listingInsights_answersItsInsightsByType() {
        assertThat(types(insights("TEAM", Role.PROJECT_MEMBER)))
                .containsExactly("KPI_NEEDS_OKR", "BUSINESS_AS_USUAL", "STALE_CHECK_IN");
    }

    @Test
    void givenRedKpiWithoutObjective_listingInsights_proposesThePrefilledOkr() {
        JsonNode insight = ofType(insights("TEAM", Role.OWNER), "KPI_NEEDS_OKR");

        assertThat(insight.path("message").asText()).isEqualTo("KPI \"Backlog\" has been RED for 7 days and no active"
                + " objective is aligned to it: create an OKR to fix it");
        assertThat(insight.path("kpis").toString()).isEqualTo("[" + backlog.id() + "]");
        assertThat(insight.path("action").toString()).isEqualTo("{\"kind\":\"CREATE_OKR\",\"okr\":{\"objective\":"
                + "{\"title\":\"Bring \\\"Backlog\\\" back to target\",\"level\":\"TEAM\",\"project\":\"TEAM\","
                + "\"owner\":\"owner\",\"alignedKpis\":[6]},\"keyResult\":{\"title\":\"Backlog\",\"owner\":\"owner\","
                + "\"unit\":\"issues\",\"measure\":{\"type\":\"METRIC\",\"baseline\":50.0,\"target\":20.0,"
                + "\"min\":null,\"max\":null,\"tolerance\":null,\"judgement\":null,\"milestones\":null,\"mode\":null,"
                + "\"scope\":null,\"frozenTotal\":null},\"source\":{\"type\":\"KPI\",\"kpiId\":6,\"jql\":null,\"projects\":null}}}}");
    }

    @Test
    void givenKeyResultRepeatedThreeCycles_listingInsights_proposesTheKpiToCreate() {
        JsonNode insight = ofType(insights("TEAM", Role.OWNER), "BUSINESS_AS_USUAL");

        assertThat(insight.path("keyResults").get(0).asLong()).isEqualTo(TEAM_KEY_RESULT);
        JsonNode conversion = insight.path("action").path("conversion");
        assertThat(insight.path("action").path("kind").asText()).isEqualTo("TRACK_AS_KPI");
        assertThat(conversion.path("keyResults")).hasSize(3);
        assertThat(conversion.path("kpi").path("name").asText()).isEqualTo("Answer within a day");
        assertThat(conversion.path("kpi").path("direction").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(conversion.path("kpi").path("target").asDouble()).isEqualTo(10);
        assertThat(conversion.path("kpi").path("project").asText()).isEqualTo("TEAM");
        assertThat(conversion.path("kpi").path("source").toString()).isEqualTo("{\"type\":\"MANUAL\"}");
    }

    @Test
    void givenTargetMadeMoreAmbitiousThroughTheApi_listingInsights_reportsItWithAnOkrToReachIt() {
        rest.send(RestRequest.put("/kpis/" + backlog.id(), "{\"name\":\"Backlog\",\"format\":\"NUMBER\","
                + "\"direction\":\"LOWER_IS_BETTER\",\"target\":15,\"warning\":30,\"project\":\"TEAM\","
                + "\"source\":" + "{\"type\":\"JQL_COUNT\",\"jql\":\"" + KpiTestData.OPEN_TICKETS + "\"},"
                + "\"version\":0}").as(Role.OWNER));

        JsonNode insight = ofType(insights("TEAM", Role.OWNER), "TARGET_RAISED_WITHOUT_OKR");

        assertThat(insight.path("message").asText()).isEqualTo("The target of KPI \"Backlog\" was raised from 20 to"
                + " 15 while no active objective is aligned to it: create an OKR to reach it");
        assertThat(insight.path("action").path("kind").asText()).isEqualTo("CREATE_OKR");
        assertThat(insight.path("action").path("okr").path("objective").path("title").asText())
                .isEqualTo("Reach the new target of \"Backlog\"");
        assertThat(insight.path("action").path("okr").path("keyResult").path("measure").path("target").asDouble())
                .isEqualTo(15);
        assertThat(insight.path("action").path("okr").path("objective").path("alignedKpis").get(0).asLong())
                .isEqualTo(backlog.id().value());
    }

    @Test
    void givenCompany_listingInsights_answersOnlyTheCompanysItems() {
        JsonNode insights = insights(null, Role.LICENSED_WITHOUT_BROWSE);

        assertThat(types(insights)).containsExactly("KPI_NEEDS_OKR");
        assertThat(insights.get(0).path("message").asText()).startsWith("KPI \"Churn\"");
        assertThat(insights.get(0).path("action").path("okr").path("objective").path("level").asText())
                .isEqualTo("COMPANY");
    }

    @Test
    void givenProjectOfAnySize_listingInsights_readsAFixedNumberOfTimes() {
        insights("TEAM", Role.OWNER);
        int small = world.repositoryCallCount();
        for (int i = 0; i < 20; i++) {
            Kpi kpi = redForTenDays(KpiTestData.aKpi().named("More " + i).scope(Role.PROJECT)
                    .ownedBy(user(Role.OWNER)));
            Objective objective = world.store(OkrTestData.anObjective(new dev.waypoint.cycle.CycleId(1))
                    .level(ObjectiveLevel.TEAM, Role.PROJECT).ownedBy(user(Role.OWNER)).alignedKpis(kpi.id()));
            world.store(OkrTestData.aCheckIn(world.store(OkrTestData.aKeyResult(objective.id())).id()));
        }
        world.resetCalls();

        insights("TEAM", Role.OWNER);

        assertThat(small).isLessThanOrEqualTo(InsightSnapshotLoader.MAX_READS);
        assertThat(world.repositoryCallCount()).isEqualTo(small);
    }
}
