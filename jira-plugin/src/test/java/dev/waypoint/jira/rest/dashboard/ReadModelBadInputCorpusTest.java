package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.BadInputCorpus;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad query parameters of the dashboard items, the insights and the KPI pages: each names its parameter; nothing is
 * written.
 */
class ReadModelBadInputCorpusTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    private static RestRequest item(String name) {
        return RestRequest.get("/dashboard/" + name);
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        String tooMany = IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).collect(Collectors.joining(","));
        return BadInputCorpus.against(rest)
                .as(Role.JIRA_ADMIN)
                .beforeEach(() -> KpiFixture.install(world))
                .unchanged(world::snapshot)
                .add400("OKR progress of nothing", item("okr-progress"), "project")
                .add400("OKR progress of an objective and a project", item("okr-progress").query("objective", "1")
                        .query("project", "TEAM"), "objective")
                .add400("OKR progress of a malformed project", item("okr-progress").query("project", "team"),
                        "project")
                .add400("OKR progress of cycle 0", item("okr-progress").query("cycle", "0"), "cycle")
                .add("OKR progress of an unknown cycle", item("okr-progress").query("cycle", "999"), 404, null)
                .add("OKR progress of an unknown objective", item("okr-progress").query("objective", "999"), 404,
                        null)
                .add400("OKR progress of a malformed objective", item("okr-progress").query("objective", "1e3"),
                        "objective")
                .add400("scorecard of nothing", item("kpi-scorecard"), "kpis")
                .add400("scorecard of KPIs and a project", item("kpi-scorecard").query("kpis", "1")
                        .query("project", "TEAM"), "kpis")
                .add400("scorecard of a malformed id", item("kpi-scorecard").query("kpis", "1,x"), "kpis")
                .add400("scorecard of an empty list", item("kpi-scorecard").query("kpis", ""), "kpis")
                .add400("scorecard of 101 KPIs", item("kpi-scorecard").query("kpis", tooMany), "kpis")
                .add400("scorecard of 0 days", item("kpi-scorecard").query("kpis", "1").query("days", "0"), "days")
                .add400("scorecard of 367 days", item("kpi-scorecard").query("kpis", "1").query("days", "367"),
                        "days")
                .add400("scorecard of some days", item("kpi-scorecard").query("kpis", "1").query("days", "ten"),
                        "days")
                .add400("scorecard of all KPIs and chosen ones", item("kpi-scorecard").query("all", "true")
                        .query("kpis", "1"), "kpis")
                .add400("scorecard of all=yes", item("kpi-scorecard").query("all", "yes"), "all")
                .add400("scorecard of all=false alone", item("kpi-scorecard").query("all", "false"), "kpis")
                .add400("trend without KPI", item("kpi-trend"), "kpi")
                .add400("trend of 1000 days", item("kpi-trend").query("kpi", "1").query("days", "1000"), "days")
                .add("trend of an unknown KPI", item("kpi-trend").query("kpi", "999"), 404, null)
                .add("trend of a KPI the caller may not see", item("kpi-trend").query("kpi", "5"), 404, null)
                .add400("workload of a KPI without agents", item("agent-workload").query("kpi", "1"), "kpi")
                .add400("workload of a malformed KPI", item("agent-workload").query("kpi", "four"), "kpi")
                .add("workload of a KPI the caller may not see", item("agent-workload").query("kpi", "5"), 404, null)
                .add400("insights of a malformed project", RestRequest.get("/insights").query("project", "1TEAM"),
                        "project")
                .add400("KPI list of a malformed project", RestRequest.get("/kpi-pages/kpis").query("project", "te am"),
                        "project")
                .add400("KPI page of a malformed id", RestRequest.get("/kpi-pages/kpis/x1"), "id")
                .add400("KPI page of 0 days", RestRequest.get("/kpi-pages/kpis/1").query("days", "0"), "days")
                .add400("KPI page of -30 days", RestRequest.get("/kpi-pages/kpis/1").query("days", "-30"), "days")
                .add400("KPI page of days and a cycle", RestRequest.get("/kpi-pages/kpis/1").query("days", "30")
                        .query("cycle", "1"), "days")
                .add400("KPI page of a malformed cycle", RestRequest.get("/kpi-pages/kpis/1").query("cycle", "Q1"),
                        "cycle")
                .add("KPI page of an unknown cycle", RestRequest.get("/kpi-pages/kpis/1").query("cycle", "77"), 404,
                        null)
                .add("KPI page the caller may not see", RestRequest.get("/kpi-pages/kpis/5"), 404, null)
                .add("POST to a KPI page", RestRequest.post("/kpi-pages/kpis/1", "{}"), 405, null)
                .add("POST to the project list", RestRequest.post("/projects", "{}"), 405, null)
                .add("POST to a dashboard item", RestRequest.post("/dashboard/kpi-trend", "{}"), 405, null)
                .dynamicTests();
    }
}
