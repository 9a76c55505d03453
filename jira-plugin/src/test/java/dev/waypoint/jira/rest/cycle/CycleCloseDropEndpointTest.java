package dev.waypoint.jira.rest.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Dropping unfinished key results at close: previewed with ?drop=, done with "drop", refused by position. */
class CycleCloseDropEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    private KeyResult stuck;

    @BeforeEach
    void data() {
        fixture.reset();
        stuck = fixture.keyResult(fixture.team.id(), "Stuck", OkrRestFixture.OWNER, new Measure.Metric(0, 10));
    }

    private static JsonNode objective(JsonNode preview, long id) {
        for (JsonNode objective : preview.path("objectives")) {
            if (objective.path("id").asLong() == id) {
                return objective;
            }
        }
        throw new AssertionError("no objective " + id);
    }

    @Test
    void givenADrop_preview_leavesItOutOfTheSuggestedGradeAndMarksIt() {
        String path = "/cycles/" + fixture.q1.id() + "/close/preview";
        JsonNode kept = rest.send(RestRequest.get(path).as(Role.JIRA_ADMIN)).json();
        JsonNode dropped = rest.send(RestRequest.get(path).query("drop", stuck.id().toString()).as(Role.JIRA_ADMIN))
                .json();

        assertThat(objective(kept, fixture.team.id().value()).path("suggestedGrade").asDouble()).isEqualTo(0.2);
        assertThat(objective(dropped, fixture.team.id().value()).path("suggestedGrade").asDouble()).isEqualTo(0.4);
        assertThat(dropped.path("carryOverCandidates")).filteredOn(c -> c.path("dropped").asBoolean())
                .extracting(c -> c.path("title").asText()).containsExactly("Stuck");
        assertThat(dropped.path("greenFrom").asDouble()).isEqualTo(0.7);
        assertThat(dropped.path("yellowFrom").asDouble()).isEqualTo(0.4);
    }

    @Test
    void givenADrop_closing_deletesItAndReportsIt() {
        RestResponse closed = rest.send(RestRequest.post("/cycles/" + fixture.q1.id() + "/close",
                "{\"version\":0,\"drop\":[" + stuck.id() + "]}").as(Role.JIRA_ADMIN));

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("dropped")).extracting(d -> d.path("title").asText()).containsExactly("Stuck");
        assertThat(fixture.storage().keyResults().findById(stuck.id())).isEmpty();
        assertThat(fixture.storage().objectives().findById(fixture.team.id()).orElseThrow().grade().score())
                .isEqualTo(0.4);
    }

    @Test
    void givenBadDrops_previewAndClose_nameThemByPosition_andAHiddenOneIs404() {
        String preview = "/cycles/" + fixture.q1.id() + "/close/preview";
        assertThat(rest.send(RestRequest.get(preview).query("drop", stuck.id() + ",abc").as(Role.JIRA_ADMIN))
                .errorFields()).containsExactly("drop[1]");
        assertThat(rest.send(RestRequest.post("/cycles/" + fixture.q1.id() + "/close", "{\"version\":0,\"drop\":["
                + stuck.id() + ",null],\"carryOver\":{\"cycleId\":" + fixture.q2.id() + ",\"keyResultIds\":["
                + stuck.id() + "]}}").as(Role.JIRA_ADMIN)).errorFields()).containsExactlyInAnyOrder("drop[1]");
        assertThat(rest.send(RestRequest.post("/cycles/" + fixture.q1.id() + "/close", "{\"version\":0,\"drop\":["
                + stuck.id() + "],\"carryOver\":{\"cycleId\":" + fixture.q2.id() + ",\"keyResultIds\":["
                + stuck.id() + "]}}").as(Role.JIRA_ADMIN)).errorFields()).containsExactly("drop[0]");
        assertThat(rest.send(RestRequest.get(preview).query("drop", fixture.hiddenKr.id().toString())
                .as(Role.JIRA_ADMIN)).status()).isEqualTo(404);
        assertThat(fixture.storage().keyResults().findById(stuck.id())).isPresent();
    }
}
