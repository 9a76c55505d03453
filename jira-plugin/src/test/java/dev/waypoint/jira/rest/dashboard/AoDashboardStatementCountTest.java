package dev.waypoint.jira.rest.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.app.dashboard.AgentProfile;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.StatementsPerRequest;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.UserKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11's budget on real Active Objects: the read of each dashboard item (every view of it) costs the same number
 * of SQL statements with the standard data set and with 30 more objectives (90 key results, 270 check-ins) aligned
 * to the trend's KPI, 30 more KPIs with 90 days of values and 30 agents in the workload: no per-row queries. No read
 * runs a JQL search.
 */
class AoDashboardStatementCountTest {

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
    private final List<KpiId> scorecard = new ArrayList<>();

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
        storage.kpiValues().append(KpiValue.withBreakdown(perAgent.id(), RestHarness.NOW.minus(Duration.ofHours(1)), 3,
                agentRows(2)));
        for (int d = 0; d < 90; d++) {
            storage.kpiValues().append(KpiValue.of(fixture.teamKpi.id(), RestHarness.NOW.minus(Duration.ofDays(d)), d));
        }
        scorecard.addAll(List.of(fixture.teamKpi.id(), perAgent.id()));
    }

    private static List<AgentRow> agentRows(int agents) {
        List<AgentRow> rows = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            rows.add(new AgentRow(new UserKey("agent" + a), a, Health.GREEN));
        }
        rows.add(AgentRow.unassigned(1));
        return rows;
    }

    private void thirtyTimesMore() {
        for (int i = 0; i < 30; i++) {
            Objective objective = fixture.objective(fixture.q1.id(), "Objective " + i, ObjectiveLevel.TEAM,
                    OkrRestFixture.TEAM, OkrRestFixture.OWNER, fixture.company.id());
            storage.alignments().link(objective.id(), fixture.teamKpi.id());
            for (int k = 0; k < 3; k++) {
                KeyResult keyResult = fixture.keyResult(objective.id(), "KR " + i + "." + k, OkrRestFixture.OWNER,
                        new Measure.Metric(0, 10));
                for (int day = 1; day <= 3; day++) {
                    storage.checkIns().insert(new CheckIn(null, keyResult.id(), CheckInValue.of(day), day, null,
                            OkrRestFixture.OWNER, CheckInOrigin.MANUAL, OkrRestFixture.NOW,
                            LocalDate.of(2026, 2, day)));
                }
            }
            Kpi kpi = storage.kpis().insert(KpiTestData.aKpi().named("KPI " + i).scope(OkrRestFixture.TEAM)
                    .ownedBy(OkrRestFixture.OWNER).build());
            for (int d = 0; d < 90; d++) {
                storage.kpiValues().append(KpiValue.of(kpi.id(), RestHarness.NOW.minus(Duration.ofDays(d)), d));
            }
            scorecard.add(kpi.id());
        }
        storage.kpiValues().append(KpiValue.withBreakdown(perAgent.id(), RestHarness.NOW.minus(Duration.ofMinutes(5)), 4,
                agentRows(30)));
    }

    private Map<String, RestRequest> reads() {
        Map<String, RestRequest> reads = new LinkedHashMap<>();
        String q1 = Long.toString(fixture.q1.id().value());
        reads.put("OKR progress of a project", RestRequest.get("/dashboard/okr-progress").query("project", "TEAM")
                .query("cycle", q1));
        reads.put("OKR progress of a project's current cycle",
                RestRequest.get("/dashboard/okr-progress").query("project", "TEAM"));
        reads.put("OKR progress of a cycle", RestRequest.get("/dashboard/okr-progress").query("cycle", q1));
        reads.put("OKR progress of an objective", RestRequest.get("/dashboard/okr-progress")
                .query("objective", Long.toString(fixture.company.id().value())));
        reads.put("KPI scorecard of chosen KPIs", RestRequest.get("/dashboard/kpi-scorecard").query("kpis",
                scorecard.stream().map(id -> Long.toString(id.value())).collect(Collectors.joining(","))));
        reads.put("KPI scorecard of a project", RestRequest.get("/dashboard/kpi-scorecard").query("project", "TEAM"));
        reads.put("KPI scorecard of all KPIs", RestRequest.get("/dashboard/kpi-scorecard").query("all", "true"));
        reads.put("KPI trend", RestRequest.get("/dashboard/kpi-trend")
                .query("kpi", Long.toString(fixture.teamKpi.id().value())).query("days", "90"));
        reads.put("agent workload", RestRequest.get("/dashboard/agent-workload")
                .query("kpi", Long.toString(perAgent.id().value())));
        reads.put("project picker", RestRequest.get("/projects"));
        return reads;
    }

    private Map<String, Integer> statements() {
        return StatementsPerRequest.count(database.statements(), rest, reads(), Role.JIRA_ADMIN);
    }

    @Test
    void givenThirtyTimesMoreObjectivesKpisAndAgents_readingEachItem_costsTheSameStatementsAndNoSearch() {
        standardData();
        Map<String, Integer> small = statements();
        thirtyTimesMore();

        Map<String, Integer> large = statements();

        Map<String, String> figures = StatementsPerRequest.figures(small, large);
        System.out.println("Dashboard item reads on AO, SQL statements (standard / 30x more): " + figures);
        assertThat(large).isEqualTo(small);
        assertThat(small.get("KPI scorecard of chosen KPIs")).isLessThanOrEqualTo(3);
        assertThat(small.get("agent workload")).isLessThanOrEqualTo(3);
        assertThat(small.get("project picker")).isZero();
        assertThat(search.searches()).as("JQL searches while reading the items").isZero();
    }
}
