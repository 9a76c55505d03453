package dev.waypoint.jira.rest.me;

import dev.waypoint.app.MeQuery;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.PermissionMatrixTest;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.List;
import java.util.Set;

/** Every role on every endpoint of {@link MeResource}: any licensed user may ask who they are. */
class MePermissionMatrixTest extends PermissionMatrixTest {

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(MeResource.class);
    }

    @Override
    protected RestHarness harness() {
        return RestHarness.of(h -> List.of(new MeResource(new MeQuery(h.currentUser(), h.permissions()))));
    }

    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        matrix.row(RestRequest.get("/me"), Expect.loggedIn(200));
    }
}
