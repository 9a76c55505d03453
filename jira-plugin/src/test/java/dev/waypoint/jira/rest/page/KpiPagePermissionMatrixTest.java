package dev.waypoint.jira.rest.page;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.OTHER_PROJECT;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_AGENTS;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestMatrixTest;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.Set;

/**
 * The KPI pages' read models for the seven roles (DESIGN §5): a project's list needs Browse Projects on it (403
 * otherwise); the directory answers every licensed user with what they may see; a KPI's page answers 404 to whoever
 * may not see the KPI (a composite: every child), as a missing one.
 */
class KpiPagePermissionMatrixTest extends KpiRestMatrixTest {

    private static final Role[] TEAM_VIEWERS = {PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN};
    private static final Role[] TEAM_OUTSIDERS = {LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER};

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(KpiPageResource.class);
    }

    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        Expect teamView = Expect.allowed(200, TEAM_VIEWERS).but(404, TEAM_OUTSIDERS);
        matrix.row(RestRequest.get("/kpi-pages/kpis"), Expect.loggedIn(200))
                .row(RestRequest.get("/kpi-pages/kpis").query("project", "TEAM"), Expect.allowed(200, TEAM_VIEWERS))
                .row(RestRequest.get("/kpi-pages/kpis").query("project", "OTHER"), Expect.allowed(200))
                .row(RestRequest.get("/kpi-pages/kpis/" + TEAM_JQL), teamView)
                .row(RestRequest.get("/kpi-pages/kpis/" + TEAM_AGENTS).query("days", "30"), teamView)
                .row(RestRequest.get("/kpi-pages/kpis/" + TEAM_JQL).query("cycle", "1"), teamView)
                .row(RestRequest.get("/kpi-pages/kpis/" + COMPANY_MANUAL), Expect.loggedIn(200))
                .row(RestRequest.get("/kpi-pages/kpis/" + OTHER_PROJECT), Expect.loggedIn(404))
                .row("GET the page of the global composite of TEAM's KPIs",
                        () -> RestRequest.get("/kpi-pages/kpis/" + KpiFixture.globalCompositeOfTeam(world())),
                        teamView);
    }
}
