package dev.waypoint.jira.rest.kpi;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.OTHER_PROJECT;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_MANUAL;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.Set;

/**
 * Every endpoint of the KPI resources for the seven roles (DESIGN §5). KPI {@value KpiFixture#TEAM_JQL} lives in the
 * project TEAM and is owned by the OWNER role; KPI {@value KpiFixture#COMPANY_MANUAL} is global and owned by the
 * company group member (see {@link KpiFixture}). Who may see a KPI's project sees it and its values (others get 404);
 * its owner and the project's administrators manage it; only the owner and Jira administrators change its queries or
 * its owner; creating needs both.
 */
class KpiPermissionMatrixTest extends KpiRestMatrixTest {

    /** Who may browse TEAM. */
    private static final Role[] TEAM_VIEWERS = {PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN};
    /** Who may not, and so gets 404 for TEAM's KPIs. */
    private static final Role[] TEAM_OUTSIDERS = {LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER};

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(KpiResource.class, KpiJqlResource.class, KpiValueResource.class, KpiRefreshResource.class,
                KpiValuesCsvResource.class);
    }


    static String kpi(String name, String owner, String project, String source, Long version) {
        return "{\"name\":\"" + name + "\",\"format\":\"NUMBER\",\"direction\":\"LOWER_IS_BETTER\",\"target\":20,"
                + "\"warning\":30" + (owner == null ? "" : ",\"owner\":\"" + owner + "\"")
                + (project == null ? "" : ",\"project\":\"" + project + "\"") + ",\"source\":" + source
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static String jqlSource(String jql) {
        return "{\"type\":\"JQL_COUNT\",\"jql\":\"" + jql + "\"}";
    }

    static final String MANUAL = "{\"type\":\"MANUAL\"}";

    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        String teamJql = jqlSource(KpiFixture.TEAM_JQL_QUERY);
        Expect teamView = Expect.allowed(200, TEAM_VIEWERS);
        Expect teamManage = Expect.allowed(200, OWNER, PROJECT_ADMIN, JIRA_ADMIN).but(404, TEAM_OUTSIDERS);
        matrix
                // KpiResource
                .row(RestRequest.get("/kpis"), Expect.loggedIn(200))
                .row(RestRequest.get("/kpis").query("project", "TEAM"), Expect.loggedIn(200))
                .row(RestRequest.get("/kpis/" + TEAM_JQL), teamView.but(404, TEAM_OUTSIDERS))
                .row(RestRequest.get("/kpis/" + COMPANY_MANUAL), Expect.loggedIn(200))
                .row(RestRequest.get("/kpis/" + OTHER_PROJECT), Expect.loggedIn(404))
                .row(RestRequest.get("/kpis/" + TEAM_JQL + "/children"), teamView.but(404, TEAM_OUTSIDERS))
                .row("POST /kpis in TEAM owned by the caller",
                        () -> RestRequest.post("/kpis", kpi("Mine", null, "TEAM", teamJql, null)),
                        Expect.allowed(201, TEAM_VIEWERS))
                .row("POST /kpis in TEAM owned by the owner",
                        () -> RestRequest.post("/kpis", kpi("Theirs", "owner", "TEAM", teamJql, null)),
                        Expect.allowed(201, OWNER, JIRA_ADMIN))
                .row("POST /kpis global MANUAL owned by the caller",
                        () -> RestRequest.post("/kpis", kpi("Global", null, null, MANUAL, null)),
                        Expect.allowed(201, COMPANY_GROUP_MEMBER, JIRA_ADMIN))
                .row("PUT /kpis/1 renaming it",
                        () -> RestRequest.put("/kpis/" + TEAM_JQL, kpi("Renamed", "owner", "TEAM", teamJql, 0L)),
                        teamManage)
                .row("PUT /kpis/1 changing its JQL",
                        () -> RestRequest.put("/kpis/" + TEAM_JQL,
                                kpi("Open tickets", "owner", "TEAM", jqlSource("project = TEAM"), 0L)),
                        Expect.allowed(200, OWNER, JIRA_ADMIN).but(404, TEAM_OUTSIDERS))
                .row("PUT /kpis/1 giving it to the member",
                        () -> RestRequest.put("/kpis/" + TEAM_JQL, kpi("Open tickets", "member", "TEAM", teamJql, 0L)),
                        Expect.allowed(200, JIRA_ADMIN).but(404, TEAM_OUTSIDERS))
                .row("PUT /kpis/2 renaming the global KPI",
                        () -> RestRequest.put("/kpis/" + COMPANY_MANUAL, kpi("Turnover", "leader", null, MANUAL, 0L)),
                        Expect.allowed(200, COMPANY_GROUP_MEMBER, JIRA_ADMIN))
                .row("PUT /kpis/3 making it global (as creating a global KPI, DESIGN 5)",
                        () -> RestRequest.put("/kpis/" + TEAM_MANUAL,
                                kpi("Satisfaction", "owner", null, MANUAL, 0L)),
                        Expect.allowed(200, JIRA_ADMIN).but(404, TEAM_OUTSIDERS))
                .row(RestRequest.delete("/kpis/" + TEAM_MANUAL),
                        Expect.allowed(204, OWNER, PROJECT_ADMIN, JIRA_ADMIN).but(404, TEAM_OUTSIDERS))
                // KpiJqlResource
                .row(RestRequest.post("/kpis/validate-jql", "{\"project\":\"TEAM\",\"source\":" + teamJql + "}"),
                        Expect.allowed(200, TEAM_VIEWERS))
                .row(RestRequest.post("/kpis/validate-jql",
                        "{\"owner\":\"owner\",\"project\":\"TEAM\",\"source\":" + teamJql + "}"),
                        Expect.allowed(200, OWNER, JIRA_ADMIN))
                .row(RestRequest.post("/kpis/validate-jql", "{\"source\":" + teamJql + "}"), Expect.loggedIn(200))
                // KpiValueResource
                .row(RestRequest.get("/kpis/" + TEAM_JQL + "/values"), teamView.but(404, TEAM_OUTSIDERS))
                .row(RestRequest.put("/kpis/" + TEAM_MANUAL + "/values/2026-02-14", "{\"value\":7}"), teamManage)
                .row(RestRequest.put("/kpis/" + COMPANY_MANUAL + "/values/2026-02-14", "{\"value\":95}"),
                        Expect.allowed(200, COMPANY_GROUP_MEMBER, JIRA_ADMIN))
                .row(RestRequest.delete("/kpis/" + TEAM_MANUAL + "/values/2026-02-14"),
                        Expect.allowed(204, OWNER, PROJECT_ADMIN, JIRA_ADMIN).but(404, TEAM_OUTSIDERS))
                .row(RestRequest.delete("/kpis/" + COMPANY_MANUAL + "/values/2026-02-14"),
                        Expect.allowed(204, COMPANY_GROUP_MEMBER, JIRA_ADMIN))
                .row("DELETE a value of a JQL KPI",
                        () -> RestRequest.delete("/kpis/" + TEAM_JQL + "/values/2026-02-14"),
                        Expect.allowed(400, OWNER, PROJECT_ADMIN, JIRA_ADMIN).but(404, TEAM_OUTSIDERS))
                .row("PUT a value of a JQL KPI",
                        () -> RestRequest.put("/kpis/" + TEAM_JQL + "/values/2026-02-14", "{\"value\":7}"),
                        teamManage.but(400, OWNER, PROJECT_ADMIN, JIRA_ADMIN))
                // KpiRefreshResource
                .row(RestRequest.method("POST", "/kpis/" + TEAM_JQL + "/refresh"), teamManage)
                .row("POST refresh of a MANUAL KPI",
                        () -> RestRequest.method("POST", "/kpis/" + TEAM_MANUAL + "/refresh"),
                        teamManage.but(400, OWNER, PROJECT_ADMIN, JIRA_ADMIN))
                // KpiValuesCsvResource
                .row(RestRequest.get("/kpis/" + TEAM_JQL + "/values.csv"), teamView.but(404, TEAM_OUTSIDERS))
                .row(RestRequest.get("/kpis/" + COMPANY_MANUAL + "/values.csv"), Expect.loggedIn(200));
        compositeRows(matrix, teamView.but(404, TEAM_OUTSIDERS));
    }

    /**
     * A global composite of TEAM's KPIs ({@link KpiFixture#globalCompositeOfTeam}) is visible only to who may browse
     * TEAM; the company group member, who manages global KPIs, may not see it, so not manage it either.
     */
    private void compositeRows(PermissionMatrix matrix, Expect teamView) {
        Expect onlyJiraAdmin = Expect.allowed(200, JIRA_ADMIN).but(404, TEAM_OUTSIDERS);
        String body = "{\"name\":\"Renamed\",\"format\":\"NUMBER\",\"direction\":\"LOWER_IS_BETTER\",\"target\":20,"
                + "\"warning\":30,\"source\":{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":["
                + "{\"kpiId\":1},{\"kpiId\":4}]},\"version\":0}";
        matrix.row("GET the global composite of TEAM's KPIs", () -> RestRequest.get("/kpis/" + composite()), teamView)
                .row("GET its children", () -> RestRequest.get("/kpis/" + composite() + "/children"), teamView)
                .row("GET its values", () -> RestRequest.get("/kpis/" + composite() + "/values"), teamView)
                .row("GET its values as CSV", () -> RestRequest.get("/kpis/" + composite() + "/values.csv"),
                        teamView)
                .row("PUT it renamed", () -> RestRequest.put("/kpis/" + composite(), body), onlyJiraAdmin)
                .row("POST its refresh", () -> RestRequest.method("POST", "/kpis/" + composite() + "/refresh"),
                        onlyJiraAdmin)
                .row("DELETE it", () -> RestRequest.delete("/kpis/" + composite()),
                        Expect.allowed(204, JIRA_ADMIN).but(404, TEAM_OUTSIDERS));
    }

    private long composite() {
        return KpiFixture.globalCompositeOfTeam(world());
    }
}
