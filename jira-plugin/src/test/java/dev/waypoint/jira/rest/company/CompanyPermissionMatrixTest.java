package dev.waypoint.jira.rest.company;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;

import dev.waypoint.jira.rest.admin.CycleManagementResource;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.PermissionMatrixTest;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.Set;

/**
 * The company page ({@link CompanyResource}) and the admin page's cycle list ({@link CycleManagementResource}) for the
 * seven roles: the company page is for every licensed user (what each sees differs, see CompanyEndpointTest); an
 * objective nobody of the roles may see cannot be expanded (404); the cycle list is for the cycle managers.
 */
class CompanyPermissionMatrixTest extends PermissionMatrixTest {

    private final CompanyRestFixture fixture = new CompanyRestFixture();

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(CompanyResource.class, CycleManagementResource.class);
    }

    @Override
    protected RestHarness harness() {
        return RestHarness.of(fixture::companyResources);
    }

    @Override
    protected void resetFixture(RestHarness harness) {
        fixture.okr.reset();
    }

    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        matrix.row("GET /company", () -> RestRequest.get("/company"), Expect.loggedIn(200))
                .row("GET /company?cycle={q1}", () -> RestRequest.get("/company")
                        .query("cycle", fixture.okr.q1.id().toString()), Expect.loggedIn(200))
                .row("GET /company/cycles/{q1}/children?parent={company}", () -> RestRequest.get("/company/cycles/"
                        + fixture.okr.q1.id() + "/children").query("parent", fixture.okr.company.id().toString()),
                        Expect.loggedIn(200))
                .row("GET /company/cycles/{q1}/children", () -> RestRequest.get("/company/cycles/"
                        + fixture.okr.q1.id() + "/children"), Expect.loggedIn(200))
                .row("GET children of an objective nobody browses", () -> RestRequest.get("/company/cycles/"
                        + fixture.okr.q1.id() + "/children").query("parent", fixture.okr.hidden.id().toString()),
                        Expect.loggedIn(404))
                .row("GET /company/cycles/{q1}/search?q=", () -> RestRequest.get("/company/cycles/"
                        + fixture.okr.q1.id() + "/search").query("q", "grow"), Expect.loggedIn(200))
                .row("GET /company/kpi-tree", () -> RestRequest.get("/company/kpi-tree"), Expect.loggedIn(200))
                .row("GET /admin/cycles", () -> RestRequest.get("/admin/cycles"),
                        Expect.allowed(200, COMPANY_GROUP_MEMBER, JIRA_ADMIN));
    }
}
