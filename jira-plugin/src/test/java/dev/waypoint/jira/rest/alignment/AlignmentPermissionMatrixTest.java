package dev.waypoint.jira.rest.alignment;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_OBJECTIVE;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_OBJECTIVE;

import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestMatrixTest;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.Set;

/**
 * Every endpoint of {@link AlignmentResource} for the seven roles: both sides must be visible (404 otherwise), and
 * whoever may change the objective links and unlinks (the TEAM objective's owner and project administrators; for the
 * COMPANY objective the company managers).
 */
class AlignmentPermissionMatrixTest extends KpiRestMatrixTest {

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(AlignmentResource.class);
    }


    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        Expect teamView = Expect.allowed(200, PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN)
                .but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER);
        matrix.row(RestRequest.get("/alignments/objectives/" + TEAM_OBJECTIVE), teamView)
                .row(RestRequest.get("/alignments/objectives/" + COMPANY_OBJECTIVE), Expect.loggedIn(200))
                .row(RestRequest.get("/alignments/kpis/" + TEAM_JQL), teamView)
                .row(RestRequest.get("/alignments/kpis/" + COMPANY_MANUAL), Expect.loggedIn(200))
                .row(RestRequest.post("/alignments",
                                "{\"objectiveId\":" + TEAM_OBJECTIVE + ",\"kpiId\":" + TEAM_MANUAL + "}"),
                        Expect.allowed(200, OWNER, PROJECT_ADMIN, JIRA_ADMIN)
                                .but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER))
                .row(RestRequest.post("/alignments",
                                "{\"objectiveId\":" + COMPANY_OBJECTIVE + ",\"kpiId\":" + COMPANY_MANUAL + "}"),
                        Expect.allowed(200, COMPANY_GROUP_MEMBER, JIRA_ADMIN))
                .row("POST /alignments of the company objective to a TEAM KPI",
                        () -> RestRequest.post("/alignments",
                                "{\"objectiveId\":" + COMPANY_OBJECTIVE + ",\"kpiId\":" + TEAM_JQL + "}"),
                        Expect.allowed(200, JIRA_ADMIN).but(404, COMPANY_GROUP_MEMBER))
                .row(RestRequest.delete("/alignments/" + TEAM_OBJECTIVE + "/" + TEAM_JQL),
                        Expect.allowed(204, OWNER, PROJECT_ADMIN, JIRA_ADMIN)
                                .but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER))
                // a global composite of TEAM's KPIs: visible only to who may browse TEAM
                .row("GET the objectives of the global composite of TEAM's KPIs",
                        () -> RestRequest.get("/alignments/kpis/" + composite()), teamView)
                .row("POST /alignments of the company objective to it",
                        () -> RestRequest.post("/alignments",
                                "{\"objectiveId\":" + COMPANY_OBJECTIVE + ",\"kpiId\":" + composite() + "}"),
                        Expect.allowed(200, JIRA_ADMIN).but(404, COMPANY_GROUP_MEMBER));
    }

    private long composite() {
        return KpiFixture.globalCompositeOfTeam(world());
    }
}
