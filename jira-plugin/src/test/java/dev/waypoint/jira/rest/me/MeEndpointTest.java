package dev.waypoint.jira.rest.me;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.app.MeQuery;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /rest/waypoint/1.0/me} over HTTP in the in-memory runtime: the JSON a client sees. */
class MeEndpointTest {

    @RegisterExtension
    final RestHarness rest = RestHarness.of(h -> List.of(new MeResource(new MeQuery(h.currentUser(), h.permissions()))));

    @Test
    void givenJiraAdmin_gettingMe_answersTheDocumentedJson() {
        RestResponse response = rest.send(RestRequest.get("/me").as(Role.JIRA_ADMIN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).startsWith("application/json");
        assertThat(response.json().toString()).isEqualTo("{\"userKey\":\"jadmin\",\"isAdmin\":true,"
                + "\"canViewCompany\":true,\"canManageCompany\":true,\"canManageCycles\":true}");
    }

    @Test
    void givenAnonymous_gettingMe_answers401InOurShape() {
        RestResponse response = rest.send(RestRequest.get("/me").anonymous());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errors()).isNotEmpty();
    }

    @Test
    void givenPost_onMe_answers405() {
        RestResponse response = rest.send(RestRequest.post("/me", "{}").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(405);
    }
}
