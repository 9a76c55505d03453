package dev.waypoint.jira.rest.dashboard;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_OBJECTIVE;
import static dev.waypoint.jira.rest.kpi.KpiFixture.CYCLE;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_AGENTS;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_OBJECTIVE;

import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestMatrixTest;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.Set;

/**
 * {@link DashboardResource} for the seven roles: an item shows only what the caller may see; an item about one thing
 * the caller may not see answers 404 (a KPI, an objective) or 403 (a project).
 */
class DashboardPermissionMatrixTest extends KpiRestMatrixTest {

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(DashboardResource.class, ProjectChoicesResource.class);
    }


    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        Expect teamView = Expect.allowed(200, PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN);
        Expect teamItem = teamView.but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER);
        matrix.row(RestRequest.get("/dashboard/okr-progress").query("project", "TEAM"), teamView)
                .row(RestRequest.get("/dashboard/okr-progress").query("cycle", Long.toString(CYCLE)),
                        Expect.loggedIn(200))
                .row(RestRequest.get("/dashboard/okr-progress").query("objective", Long.toString(TEAM_OBJECTIVE)),
                        teamItem)
                .row(RestRequest.get("/dashboard/okr-progress")
                        .query("objective", Long.toString(COMPANY_OBJECTIVE)), Expect.loggedIn(200))
                .row(RestRequest.get("/dashboard/kpi-scorecard").query("kpis", TEAM_JQL + "," + COMPANY_MANUAL),
                        Expect.loggedIn(200))
                .row(RestRequest.get("/dashboard/kpi-scorecard").query("project", "TEAM"), teamView)
                .row(RestRequest.get("/dashboard/kpi-scorecard").query("all", "true"), Expect.loggedIn(200))
                .row(RestRequest.get("/dashboard/kpi-trend").query("kpi", Long.toString(TEAM_JQL)), teamItem)
                .row(RestRequest.get("/dashboard/kpi-trend").query("kpi", Long.toString(COMPANY_MANUAL)),
                        Expect.loggedIn(200))
                .row(RestRequest.get("/dashboard/agent-workload").query("kpi", Long.toString(TEAM_AGENTS)), teamItem)
                .row(RestRequest.get("/dashboard/agent-workload").query("kpi", Long.toString(COMPANY_MANUAL)),
                        Expect.loggedIn(400))
                .row(RestRequest.get("/projects"), Expect.loggedIn(200))
                // a global composite of TEAM's KPIs: visible only to who may browse TEAM
                .row("kpi-scorecard of the global composite of TEAM's KPIs", () -> RestRequest
                        .get("/dashboard/kpi-scorecard").query("kpis", composite()), Expect.loggedIn(200))
                .row("kpi-trend of it", () -> RestRequest.get("/dashboard/kpi-trend").query("kpi", composite()),
                        teamItem)
                .row("agent-workload of it", () -> RestRequest.get("/dashboard/agent-workload")
                        .query("kpi", composite()), Expect.allowed(400, PROJECT_MEMBER, OWNER, PROJECT_ADMIN,
                        JIRA_ADMIN).but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER));
    }

    private String composite() {
        return Long.toString(KpiFixture.globalCompositeOfTeam(world()));
    }
}
