package dev.waypoint.jira.rest.probe;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;

import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.PermissionMatrixTest;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A full matrix over the probe resource, the model for a feature's matrix: item-level rules (the owner and project
 * admins delete a thing, project members create their own), company rules and REST v2's gate. The fixture, put back
 * before every request, is thing 1 in project TEAM owned by the OWNER role.
 */
class ProbePermissionMatrixTest extends PermissionMatrixTest {

    private static final String THING = "{\"title\":\"Grow\",\"target\":10,\"due\":\"2026-03-31\",\"kind\":\"BUILD\"}";

    private final ProbeStore store = new ProbeStore();

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(ProbeResource.class);
    }

    @Override
    protected RestHarness harness() {
        return RestHarness.of(h -> List.of(new ProbeResource(h.currentUser(), h.permissions(), store, h.clock())));
    }

    @Override
    protected void resetFixture(RestHarness harness) {
        store.reset();
        store.add("Fixture", 1, LocalDate.of(2026, 3, 31), Kind.BUILD, OWNER.userKey());
    }

    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        matrix.row(RestRequest.get("/probe/invalid"), Expect.loggedIn(400))
                .row(RestRequest.get("/probe/missing"), Expect.loggedIn(404))
                .row(RestRequest.get("/probe/conflict"), Expect.loggedIn(409))
                .row(RestRequest.get("/probe/company"), Expect.allowed(200, COMPANY_GROUP_MEMBER, JIRA_ADMIN))
                .row(RestRequest.get("/probe/anonymous"), Expect.loggedIn(200))
                .row(RestRequest.get("/probe/admin"), Expect.allowed(200, JIRA_ADMIN))
                .row(RestRequest.get("/probe/boom"), Expect.loggedIn(500))
                .row(RestRequest.get("/probe/unavailable"), Expect.loggedIn(503))
                .row(RestRequest.post("/probe/unbindable", "{}"), Expect.loggedIn(500))
                .row(RestRequest.get("/probe/unwritable"), Expect.loggedIn(500))
                .row(RestRequest.get("/probe/params").query("id", "1"), Expect.loggedIn(200))
                .row(RestRequest.post("/probe/things", THING),
                        Expect.allowed(201, PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN))
                .row(RestRequest.get("/probe/things/1"),
                        Expect.allowed(200, PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN))
                .row(RestRequest.delete("/probe/things/1"), Expect.allowed(204, OWNER, PROJECT_ADMIN, JIRA_ADMIN));
    }
}
