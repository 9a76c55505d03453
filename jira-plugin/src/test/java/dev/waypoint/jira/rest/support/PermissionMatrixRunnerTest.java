package dev.waypoint.jira.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The permission-matrix runner itself: it passes a complete, right matrix and fails every kind of gap. */
class PermissionMatrixRunnerTest {

    /** Two endpoints: one for any licensed user, one for company managers. */
    @Path("/pair")
    @Produces(MediaType.APPLICATION_JSON)
    public static class PairResource {

        private final CurrentUser currentUser;
        private final Permissions permissions;

        public PairResource(CurrentUser currentUser, Permissions permissions) {
            this.currentUser = currentUser;
            this.permissions = permissions;
        }

        @GET
        @Path("/open")
        @LicensedOnly
        public String open() {
            return "\"open\"";
        }

        @POST
        @Path("/cycles")
        @Consumes(MediaType.APPLICATION_JSON)
        @LicensedOnly
        public String manage(String body) {
            permissions.requireManageCycles(currentUser.key());
            return "\"done\"";
        }
    }

    private final RestHarness harness = RestHarness.of(h -> List.of(new PairResource(h.currentUser(),
            h.permissions())));

    @BeforeEach
    void start() {
        harness.start();
    }

    @AfterEach
    void stop() {
        harness.stop();
    }

    private PermissionMatrix matrix() {
        return new PermissionMatrix(harness, Set.of(PairResource.class), h -> { });
    }

    @Test
    void givenRightRowForEveryEndpoint_running_hasNoFailure() {
        PermissionMatrix matrix = matrix()
                .row(RestRequest.get("/pair/open"), Expect.loggedIn(200))
                .row(RestRequest.post("/pair/cycles", "{}"),
                        Expect.allowed(200, Role.COMPANY_GROUP_MEMBER, Role.JIRA_ADMIN));

        assertThat(matrix.run()).isEmpty();
    }

    @Test
    void givenEndpointWithoutRow_running_failsNamingIt() {
        PermissionMatrix matrix = matrix().row(RestRequest.get("/pair/open"), Expect.loggedIn(200));

        assertThat(matrix.run()).singleElement().asString()
                .contains("no permission-matrix row reaches")
                .contains("POST /pair/cycles (PairResource#manage)");
    }

    @Test
    void givenWrongExpectation_running_failsNamingRoleAndStatuses() {
        PermissionMatrix matrix = matrix()
                .row(RestRequest.get("/pair/open"), Expect.loggedIn(200))
                .row(RestRequest.post("/pair/cycles", "{}"), Expect.loggedIn(200));

        assertThat(matrix.run()).hasSize(4)
                .anySatisfy(failure -> assertThat(failure)
                        .startsWith("POST /pair/cycles as PROJECT_MEMBER (member): expected 200, was 403"));
    }

    @Test
    void givenRowToAnUnknownPath_running_failsAsReachingNoMethod() {
        PermissionMatrix matrix = matrix()
                .row(RestRequest.get("/pair/open"), Expect.loggedIn(200))
                .row(RestRequest.post("/pair/cycles", "{}"),
                        Expect.allowed(200, Role.COMPANY_GROUP_MEMBER, Role.JIRA_ADMIN))
                .row(RestRequest.get("/pair/typo"), Expect.loggedIn(200));

        assertThat(matrix.run()).hasSize(Role.values().length)
                .allSatisfy(failure -> assertThat(failure).contains("reached no resource method"));
    }
}
