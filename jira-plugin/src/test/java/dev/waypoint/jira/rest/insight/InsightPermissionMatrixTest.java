package dev.waypoint.jira.rest.insight;

import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;

import dev.waypoint.jira.rest.kpi.KpiRestMatrixTest;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.Set;

/** {@link InsightResource} for the seven roles: a project's insights for who may browse it, the company's for all. */
class InsightPermissionMatrixTest extends KpiRestMatrixTest {

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(InsightResource.class);
    }


    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        matrix.row(RestRequest.get("/insights").query("project", "TEAM"),
                        Expect.allowed(200, PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN))
                .row(RestRequest.get("/insights").query("project", "OTHER"), Expect.loggedIn(403))
                .row(RestRequest.get("/insights"), Expect.loggedIn(200));
    }
}
