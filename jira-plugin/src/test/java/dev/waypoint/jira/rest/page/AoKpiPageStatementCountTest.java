package dev.waypoint.jira.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.app.dashboard.AgentProfile;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.jira.rest.support.StatementsPerRequest;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.UserKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10's budget on real Active Objects: the KPI directory and a project's KPI list cost the same number of SQL
 * statements with a few KPIs and with 200 (each with 30 days of values), and a KPI's page the same with 10
 * days of values and with 365 (hourly for the last 30 days, daily before, as the retention keeps them), with 20 aligned
 * objectives and 20 agents; and no read runs a JQL search.
 */
class AoKpiPageStatementCountTest {

    private final AoTestDatabase database = new AoTestDatabase();
    private final OkrRestFixture fixture = OkrRestFixture.activeObjects(database.ao());
    private final Storage storage = fixture.storage();
    private final CountingIssueSearch search = fixture.search;

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    {
        fixture.projects = user -> List.of(new ProjectChoice(OkrRestFixture.TEAM, "Team"));
        fixture.agents = users -> users.stream().collect(Collectors.toMap(u -> u,
                u -> new AgentProfile(new Agent(u, u.value()), "Agent " + u.value())));
    }

    private Kpi perAgent;

    @AfterEach
    void close() {
        database.close();
    }

    private void standardData() {
        fixture.reset();
        storage.alignments().link(fixture.team.id(), fixture.teamKpi.id());
        perAgent = storage.kpis().insert(KpiTestData.aKpi().named("Open per agent").scope(OkrRestFixture.TEAM)
                .ownedBy(OkrRestFixture.OWNER).source(KpiTestData.perAgentOfGroup("project = TEAM", "agents"))
                .build());
        storage.alignments().link(fixture.team.id(), perAgent.id());
        for (int d = 10; d >= 1; d--) {
            storage.kpiValues().append(KpiValue.withBreakdown(perAgent.id(), RestHarness.NOW.minus(Duration.ofDays(d)),
                    d, agentRows(2)));
        }
    }

    private static List<AgentRow> agentRows(int agents) {
        List<AgentRow> rows = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            rows.add(new AgentRow(new UserKey("agent" + a), a, Health.GREEN));
        }
        rows.add(AgentRow.unassigned(1, Health.GREEN));
        return rows;
    }

    /** 200 KPIs with 30 days of values; a year of values of the per-agent KPI; 20 aligned objectives. */
    private void manyMore() {
        for (int i = 0; i < 200; i++) {
            Kpi kpi = storage.kpis().insert(KpiTestData.aKpi().named("KPI " + i).scope(OkrRestFixture.TEAM)
                    .ownedBy(OkrRestFixture.OWNER).build());
            for (int h = 0; h < 30 * 24; h += 24) {
                storage.kpiValues().append(KpiValue.of(kpi.id(), RestHarness.NOW.minus(Duration.ofHours(h)), h));
            }
        }
        for (int d = 365; d > 30; d--) {
            storage.kpiValues().append(KpiValue.withBreakdown(perAgent.id(), RestHarness.NOW.minus(Duration.ofDays(d)),
                    d, agentRows(20)));
        }
        for (int h = 30 * 24; h > 0; h--) {
            storage.kpiValues().append(KpiValue.withBreakdown(perAgent.id(), RestHarness.NOW.minus(Duration.ofHours(h)),
                    h, agentRows(20)));
        }
        for (int i = 0; i < 20; i++) {
            Objective objective = fixture.objective(fixture.q1.id(), "Objective " + i, ObjectiveLevel.TEAM,
                    OkrRestFixture.TEAM, OkrRestFixture.OWNER, fixture.company.id());
            storage.alignments().link(objective.id(), perAgent.id());
        }
    }

    private Map<String, RestRequest> reads() {
        Map<String, RestRequest> reads = new LinkedHashMap<>();
        String id = Long.toString(perAgent.id().value());
        reads.put("KPI directory", RestRequest.get("/kpi-pages/kpis"));
        reads.put("project's KPIs", RestRequest.get("/kpi-pages/kpis").query("project", "TEAM"));
        reads.put("KPI page, 365 days", RestRequest.get("/kpi-pages/kpis/" + id).query("days", "365"));
        reads.put("KPI page, a cycle", RestRequest.get("/kpi-pages/kpis/" + id)
                .query("cycle", Long.toString(fixture.q1.id().value())));
        return reads;
    }

    private Map<String, Integer> statements() {
        return StatementsPerRequest.count(database.statements(), rest, reads(), Role.JIRA_ADMIN);
    }

    @Test
    void givenTwoHundredKpisAndAYearOfValues_readingTheKpiPages_costsTheSameStatementsAndNoSearch() {
        standardData();
        Map<String, Integer> small = statements();
        manyMore();

        Map<String, Integer> large = statements();
        RestResponse page = rest.send(reads().get("KPI page, 365 days").as(Role.JIRA_ADMIN));
        RestResponse directory = rest.send(reads().get("KPI directory").as(Role.JIRA_ADMIN));

        Map<String, String> figures = StatementsPerRequest.figures(small, large);
        System.out.println("KPI pages on AO, SQL statements (few KPIs, 10 days / 200 KPIs, 365 days, 20 aligned "
                + "objectives, 20 agents): " + figures);
        assertThat(directory.json().path("kpis").size()).isGreaterThanOrEqualTo(200);
        assertThat(page.json().path("points").size()).isGreaterThan(365);
        assertThat(page.json().path("aligned").size()).isEqualTo(21);
        assertThat(page.json().path("agents").size()).isEqualTo(21);
        assertThat(large).isEqualTo(small);
        assertThat(small.get("KPI directory")).isLessThanOrEqualTo(3);
        assertThat(search.searches()).as("JQL searches while reading the pages").isZero();
    }
}
