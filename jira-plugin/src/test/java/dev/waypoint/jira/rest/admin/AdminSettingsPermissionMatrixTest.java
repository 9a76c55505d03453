package dev.waypoint.jira.rest.admin;

import static dev.waypoint.access.Role.JIRA_ADMIN;

import dev.waypoint.jira.rest.kpi.KpiRestMatrixTest;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.Set;

/** {@link AdminSettingsResource} for the seven roles: Jira administrators only, reading and writing. */
class AdminSettingsPermissionMatrixTest extends KpiRestMatrixTest {

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(AdminSettingsResource.class);
    }


    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        matrix.row(RestRequest.get("/admin/settings"), Expect.allowed(200, JIRA_ADMIN))
                .row(RestRequest.get("/admin/settings/defaults"), Expect.allowed(200, JIRA_ADMIN))
                .row(RestRequest.put("/admin/settings", AdminSettingsEndpointTest.DEFAULTS),
                        Expect.allowed(200, JIRA_ADMIN));
    }
}
