package dev.waypoint.jira.rest.kpi;

import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.user;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.support.BadInputCorpus;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.testdata.KpiTestData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input to every KPI endpoint that takes input, sent by a Jira administrator (who may do everything, so that the
 * input checks are reached): each case gets its status and, for a 400, names its field; none is a 5xx, and nothing
 * stored changes ({@link KpiRestWorld#snapshot()}: KPIs, values, target changes, OKRs, settings). Besides
 * {@link KpiFixture}'s data, KPI 6 is a TEAM composite of KPI 1 and KPI 7 a child of KPI 1 in the tree, for loops.
 */
class KpiBadInputCorpusTest {

    static final String VALID = "{\"name\":\"Backlog\",\"description\":\"Open work\",\"unit\":\"tickets\","
            + "\"format\":\"NUMBER\",\"direction\":\"LOWER_IS_BETTER\",\"target\":20,\"warning\":30,"
            + "\"owner\":\"jadmin\",\"project\":\"TEAM\",\"parentId\":1,\"refreshMinutes\":30,"
            + "\"source\":{\"type\":\"JQL_COUNT\",\"jql\":\"project = TEAM\"}}";
    static final String UPDATE = "{\"name\":\"Open tickets\",\"format\":\"NUMBER\",\"direction\":\"LOWER_IS_BETTER\","
            + "\"target\":20,\"warning\":30,\"owner\":\"owner\",\"project\":\"TEAM\","
            + "\"source\":{\"type\":\"JQL_COUNT\",\"jql\":\"" + KpiFixture.TEAM_JQL_QUERY + "\"},\"version\":0}";
    static final String VALIDATE = "{\"owner\":\"jadmin\",\"project\":\"TEAM\","
            + "\"source\":{\"type\":\"JQL_COUNT\",\"jql\":\"project = TEAM\"}}";
    static final String JQL = "{\"type\":\"JQL_COUNT\",\"jql\":\"project = TEAM\"}";

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    private void fixture() {
        KpiFixture.install(world);
        world.store(KpiTestData.aKpi().named("Team health").scope(Role.PROJECT).ownedBy(user(Role.OWNER))
                .source(KpiTestData.composite(CompositeAggregation.SUM, new KpiId(TEAM_JQL))));
        world.store(KpiTestData.aKpi().named("Child").scope(Role.PROJECT).ownedBy(user(Role.OWNER))
                .parent(new KpiId(TEAM_JQL)));
        world.search().invalid("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.");
        world.users().role(Role.PROJECT, "Developers", java.util.List.of(KpiTestData.agent("a1")));
    }

    private static RestRequest create(String body) {
        return RestRequest.post("/kpis", body);
    }

    private static String withSource(String source) {
        return VALID.replace(JQL, source);
    }

    private static RestRequest update(String body) {
        return RestRequest.put("/kpis/" + TEAM_JQL, body);
    }

    private static RestRequest value(String date, String body) {
        return RestRequest.put("/kpis/" + TEAM_MANUAL + "/values/" + date, body);
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        RestRequest valid = create(VALID);
        RestRequest validUpdate = update(UPDATE);
        RestRequest validValue = value("2026-02-14", "{\"value\":7}");
        RestRequest validValidation = RestRequest.post("/kpis/validate-jql", VALIDATE);
        RestRequest values = RestRequest.get("/kpis/" + TEAM_JQL + "/values");
        return BadInputCorpus.against(rest)
                .as(Role.JIRA_ADMIN)
                .beforeEach(this::fixture)
                .unchanged(world::snapshot)
                .jsonAttacks(valid)
                .jsonAttacks(validUpdate)
                .jsonAttacks(validValue)
                .jsonAttacks(validValidation)
                // texts
                .add400("name missing", create(VALID.replace("\"name\":\"Backlog\",", "")), "name")
                .add400("name blank", create(VALID.replace("Backlog", "   ")), "name")
                .add400("name 256 characters", create(VALID.replace("Backlog", "x".repeat(256))), "name")
                .add400("name with a line break", create(VALID.replace("Backlog", "Back\\nlog")), "name")
                .add400("description 10,001 characters", create(VALID.replace("Open work", "x".repeat(10_001))),
                        "description")
                .add400("description with a bell", create(VALID.replace("Open work", "ding\\u0007")), "description")
                .add400("unit 33 characters", create(VALID.replace("tickets", "x".repeat(33))), "unit")
                .add400("unit with a line break", create(VALID.replace("tickets", "tick\\nets")), "unit")
                // enums and numbers
                .add400("format missing", create(VALID.replace("\"format\":\"NUMBER\",", "")), "format")
                .add400("format unknown", create(VALID.replace("\"NUMBER\"", "\"COUNT\"")), "format")
                .add400("direction lower case", create(VALID.replace("LOWER_IS_BETTER", "lower_is_better")),
                        "direction")
                .add400("direction as a number", create(VALID.replace("\"LOWER_IS_BETTER\"", "1")), "direction")
                .add400("target missing", create(VALID.replace("\"target\":20,", "")), "target")
                .add400("target beyond 1e15", create(VALID.replace("\"target\":20", "\"target\":1e16")), "target")
                .add400("target as a string", create(VALID.replace("\"target\":20", "\"target\":\"20\"")), "target")
                .add400("warning on the wrong side", create(VALID.replace("\"warning\":30", "\"warning\":10")),
                        "warning")
                .add400("warning equal to the target", create(VALID.replace("\"warning\":30", "\"warning\":20")),
                        "warning")
                .add400("refresh every minute", create(VALID.replace("\"refreshMinutes\":30",
                        "\"refreshMinutes\":1")), "refreshMinutes")
                .add400("refresh beyond a week", create(VALID.replace("\"refreshMinutes\":30",
                        "\"refreshMinutes\":20000")), "refreshMinutes")
                .add400("refresh as a fraction", create(VALID.replace("\"refreshMinutes\":30",
                        "\"refreshMinutes\":30.5")), "refreshMinutes")
                // keys and ids
                .add400("owner blank", create(VALID.replace("\"owner\":\"jadmin\"", "\"owner\":\" \"")), "owner")
                .add400("owner 256 characters", create(VALID.replace("jadmin", "x".repeat(256))), "owner")
                .add400("project lower case", create(VALID.replace("\"TEAM\"", "\"team\"")), "project")
                .add400("parent 0", create(VALID.replace("\"parentId\":1", "\"parentId\":0")), "parentId")
                .add400("parent unknown", create(VALID.replace("\"parentId\":1", "\"parentId\":999")), "parentId")
                .add400("parent the caller may not see", create(VALID.replace("\"parentId\":1", "\"parentId\":5")),
                        "parentId")
                .add400("version when creating", create(VALID.replace("}}", "},\"version\":0}")), "version")
                // sources
                .add400("source missing", create(VALID.replace(",\"source\":" + JQL, "")), "source")
                .add400("source without type", create(withSource("{\"jql\":\"project = TEAM\"}")), "source.type")
                .add400("source of unknown type", create(withSource("{\"type\":\"SQL\"}")), "source.type")
                .add400("source with an unknown property", create(withSource(
                        "{\"type\":\"JQL_COUNT\",\"jqll\":\"x\"}")), "source.jqll")
                .add400("query missing", create(withSource("{\"type\":\"JQL_COUNT\"}")), "source.jql")
                .add400("query 4,001 characters", create(withSource("{\"type\":\"JQL_COUNT\",\"jql\":\""
                        + "x".repeat(4_001) + "\"}")), "source.jql")
                .add400("query with a control character", create(withSource(
                        "{\"type\":\"JQL_COUNT\",\"jql\":\"project = TEAM\\u0001\"}")), "source.jql")
                .add400("query Jira refuses", create(withSource("{\"type\":\"JQL_COUNT\",\"jql\":\"project = NOPE\"}")),
                        "source.jql")
                .add400("property of another source type", create(withSource(
                        "{\"type\":\"JQL_COUNT\",\"jql\":\"project = TEAM\",\"aggregation\":\"SUM\"}")),
                        "source.aggregation")
                .add400("ratio without denominator", create(withSource(
                        "{\"type\":\"JQL_RATIO\",\"numeratorJql\":\"project = TEAM\"}")), "source.denominatorJql")
                .add400("ratio with a denominator Jira refuses", create(withSource(
                        "{\"type\":\"JQL_RATIO\",\"numeratorJql\":\"project = TEAM\","
                                + "\"denominatorJql\":\"project = NOPE\"}")), "source.denominatorJql")
                .add400("agents missing", create(withSource(
                        "{\"type\":\"PER_AGENT\",\"jql\":\"project = TEAM\"}")), "source.agents")
                .add400("unknown group", create(withSource("{\"type\":\"PER_AGENT\",\"jql\":\"project = TEAM\","
                        + "\"agents\":\"GROUP\",\"group\":\"ghosts\"}")), "source.group")
                .add400("group of a role selection", create(withSource("{\"type\":\"PER_AGENT\",\"jql\":\"x\","
                        + "\"agents\":\"PROJECT_ROLE\",\"group\":\"support\"}")), "source.group")
                .add400("unknown project role", create(withSource("{\"type\":\"PER_AGENT\",\"jql\":\"project = TEAM\","
                        + "\"agents\":\"PROJECT_ROLE\",\"project\":\"TEAM\",\"role\":\"Astronauts\"}")),
                        "source.role")
                .add400("role of a malformed project", create(withSource("{\"type\":\"PER_AGENT\",\"jql\":\"x\","
                        + "\"agents\":\"PROJECT_ROLE\",\"project\":\"t-e-a-m\",\"role\":\"Developers\"}")),
                        "source.project")
                .add400("duration sample of 0", create(withSource("{\"type\":\"DURATION\",\"jql\":\"project = TEAM\","
                        + "\"fromField\":\"created\",\"toField\":\"resolutiondate\",\"statistic\":\"MEAN\","
                        + "\"sampleCap\":0}")), "source.sampleCap")
                .add400("duration between one field", create(withSource("{\"type\":\"DURATION\","
                        + "\"jql\":\"project = TEAM\",\"fromField\":\"created\",\"toField\":\"created\","
                        + "\"statistic\":\"MEAN\"}")), "source.toField")
                .add400("duration without statistic", create(withSource("{\"type\":\"DURATION\","
                        + "\"jql\":\"project = TEAM\",\"fromField\":\"created\",\"toField\":\"resolutiondate\"}")),
                        "source.statistic")
                .add400("duration from a field Jira does not know", create(withSource("{\"type\":\"DURATION\","
                        + "\"jql\":\"project = TEAM\",\"fromField\":\"Story Points\",\"toField\":\"resolutiondate\","
                        + "\"statistic\":\"MEAN\"}")), "source.fromField")
                .add400("duration to a field that holds no date", create(withSource("{\"type\":\"DURATION\","
                        + "\"jql\":\"project = TEAM\",\"fromField\":\"created\",\"toField\":\"summary\","
                        + "\"statistic\":\"MEDIAN\"}")), "source.toField")
                .add400("composite without children", create(withSource(
                        "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[]}")), "source.children")
                .add400("composite children not a list", create(withSource(
                        "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":\"1,3\"}")), "source.children")
                .add400("composite of an unknown KPI", create(withSource(
                        "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[{\"kpiId\":999}]}")),
                        "source.children[0].kpiId")
                .add400("composite of a KPI twice", create(withSource("{\"type\":\"COMPOSITE\","
                        + "\"aggregation\":\"SUM\",\"children\":[{\"kpiId\":1},{\"kpiId\":1}]}")),
                        "source.children[1].kpiId")
                .add400("composite child id negative", create(withSource(
                        "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[{\"kpiId\":-1}]}")),
                        "source.children[0].kpiId")
                .add400("composite child weight 0", create(withSource("{\"type\":\"COMPOSITE\","
                        + "\"aggregation\":\"WEIGHTED_AVERAGE\",\"children\":[{\"kpiId\":1,\"weight\":0}]}")),
                        "source.children[0].weight")
                .add400("composite child null", create(withSource(
                        "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[null]}")), "source.children[0]")
                .add400("composite of another project's KPI", create(withSource(
                        "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[{\"kpiId\":5}]}")),
                        "source.children[0].kpiId")
                // updates
                .add400("update without version", update(UPDATE.replace(",\"version\":0", "")), "version")
                .add400("update with a negative version", update(UPDATE.replace("\"version\":0", "\"version\":-1")),
                        "version")
                .add("update with a stale version", update(UPDATE.replace("\"version\":0", "\"version\":7")), 409,
                        null)
                .add400("update making itself its parent", update(UPDATE.replace("\"owner\":", "\"parentId\":1,"
                        + "\"owner\":")), "parentId")
                .add400("update making a loop in the KPI tree", update(UPDATE.replace("\"owner\":", "\"parentId\":7,"
                        + "\"owner\":")), "parentId")
                .add400("update making a loop of composites", update(UPDATE.replace("{\"type\":\"JQL_COUNT\",\"jql\":\""
                        + KpiFixture.TEAM_JQL_QUERY + "\"}", "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\","
                        + "\"children\":[{\"kpiId\":6}]}")), "source.children[0].kpiId")
                .add("update of an unknown KPI", RestRequest.put("/kpis/999", UPDATE), 404, null)
                .add("update of a KPI the caller may not see", RestRequest.put("/kpis/5", UPDATE), 404, null)
                .add400("update with a malformed id", RestRequest.put("/kpis/one", UPDATE), "id")
                .add("delete of an unknown KPI", RestRequest.delete("/kpis/999"), 404, null)
                .add400("delete with id 0", RestRequest.delete("/kpis/0"), "id")
                .add("delete of a KPI others depend on", RestRequest.delete("/kpis/" + TEAM_JQL), 409, null)
                .add400("get with an id beyond a long", RestRequest.get("/kpis/99999999999999999999"), "id")
                .add400("list of a malformed project", RestRequest.get("/kpis").query("project", "Team 1"), "project")
                .add("PATCH is not a method of KPIs", RestRequest.method("PATCH", "/kpis/" + TEAM_JQL)
                        .body(UPDATE, "application/json"), 405, null)
                // values
                .add400("value date not a date", value("yesterday", "{\"value\":7}"), "date")
                .add400("value date 2026-13-01", value("2026-13-01", "{\"value\":7}"), "date")
                .add400("value date 2026-02-30", value("2026-02-30", "{\"value\":7}"), "date")
                .add400("value date in the future", value("2026-02-16", "{\"value\":7}"), "date")
                .add400("value date 1900", value("1900-01-01", "{\"value\":7}"), "date")
                .add400("value missing", value("2026-02-14", "{}"), "value")
                .add400("value null", value("2026-02-14", "{\"value\":null}"), "value")
                .add400("value beyond 1e15", value("2026-02-14", "{\"value\":1e16}"), "value")
                .add400("value of a JQL KPI", RestRequest.put("/kpis/" + TEAM_JQL + "/values/2026-02-14",
                        "{\"value\":7}"), "source")
                .add("value of an unknown KPI", RestRequest.put("/kpis/999/values/2026-02-14", "{\"value\":7}"), 404,
                        null)
                .add400("values from a non-date", values.query("from", "2026-02-30"), "from")
                .add400("values to a non-date", values.query("to", "15.02.2026"), "to")
                .add400("values from after to", values.query("from", "2026-02-10").query("to", "2026-02-01"), "from")
                .add400("values of more than 366 days", values.query("from", "2025-01-01"), "from")
                .add400("values of a malformed id", RestRequest.get("/kpis/x/values"), "id")
                .add400("CSV of more than 366 days", RestRequest.get("/kpis/" + TEAM_JQL + "/values.csv")
                        .query("from", "2020-01-01").query("to", "2026-01-01"), "from")
                // refresh
                .add400("refresh of a MANUAL KPI", RestRequest.method("POST", "/kpis/" + TEAM_MANUAL + "/refresh"),
                        "source")
                .add400("refresh of a malformed id", RestRequest.method("POST", "/kpis/-1/refresh"), "id")
                .add("refresh of an unknown KPI", RestRequest.method("POST", "/kpis/999/refresh"), 404, null)
                // JQL validation
                .add400("validation without source", RestRequest.post("/kpis/validate-jql", "{\"owner\":\"jadmin\"}"),
                        "source")
                .add400("validation of a blank query", RestRequest.post("/kpis/validate-jql",
                        "{\"source\":{\"type\":\"JQL_COUNT\",\"jql\":\"\"}}"), "source.jql")
                .add400("validation of a 4,001-character query", RestRequest.post("/kpis/validate-jql",
                        "{\"source\":{\"type\":\"JQL_COUNT\",\"jql\":\"" + "x".repeat(4_001) + "\"}}"), "source.jql")
                .add400("validation of a ratio without numerator", RestRequest.post("/kpis/validate-jql",
                        "{\"source\":{\"type\":\"JQL_RATIO\",\"denominatorJql\":\"x\"}}"), "source.numeratorJql")
                .add400("validation as a malformed owner", RestRequest.post("/kpis/validate-jql",
                        "{\"owner\":\"\",\"source\":" + JQL + "}"), "owner")
                .dynamicTests();
    }
}
