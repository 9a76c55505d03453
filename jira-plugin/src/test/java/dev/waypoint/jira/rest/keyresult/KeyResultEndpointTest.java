package dev.waypoint.jira.rest.keyresult;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.shared.Weight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /key-results} through the real JAX-RS runtime. */
class KeyResultEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenMilestoneChecklist_creatingKeyResult_answersItsMeasure() {
        RestResponse response = rest.send(RestRequest.post("/key-results", "{\"objectiveId\":" + fixture.team.id()
                + ",\"title\":\"Launch\",\"measure\":{\"type\":\"MILESTONE\",\"milestones\":[{\"title\":\"Beta\"},"
                + "{\"title\":\"GA\",\"weight\":3}]}}").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(201);
        JsonNode measure = response.json().path("measure");
        assertThat(measure.path("type").asText()).isEqualTo("MILESTONE");
        assertThat(measure.path("milestones").get(1).path("weight").asDouble()).isEqualTo(3);
        assertThat(response.json().path("source").path("type").asText()).isEqualTo("MANUAL");
        assertThat(response.json().path("canCheckIn").asBoolean()).isTrue();
    }

    @Test
    void givenDecreasingMetric_gettingKeyResult_answersBaselineAndTarget() {
        rest.send(RestRequest.put("/key-results/" + fixture.kr.id(), "{\"title\":\"Fewer bugs\",\"owner\":\"owner\","
                + "\"unit\":\"bugs\",\"measure\":{\"type\":\"METRIC\",\"baseline\":40,\"target\":10},\"version\":0}")
                .as(Role.OWNER));

        RestResponse response = rest.send(RestRequest.get("/key-results/" + fixture.kr.id()).as(Role.PROJECT_MEMBER));

        assertThat(response.json().path("measure").path("baseline").asDouble()).isEqualTo(40);
        assertThat(response.json().path("measure").path("target").asDouble()).isEqualTo(10);
        assertThat(response.json().path("version").asLong()).isEqualTo(1);
        assertThat(response.json().path("canEdit").asBoolean()).isFalse();
    }

    @Test
    void givenProjectAdmin_settingJqlOfAKeyResultOwnedBySomeoneElse_answers403() {
        RestResponse response = rest.send(RestRequest.put("/key-results/" + fixture.kr.id(), "{\"title\":\"Bugs\","
                + "\"owner\":\"owner\",\"measure\":{\"type\":\"METRIC\",\"baseline\":40,\"target\":10},"
                + "\"source\":{\"type\":\"JQL\",\"jql\":\"project = TEAM\"},\"version\":0}").as(Role.PROJECT_ADMIN));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorMessages().get(0)).contains("JQL");
    }

    @Test
    void givenKeyResultOwnerWhoDoesNotOwnTheObjective_changingTheirKeyResult_isAllowed() {
        var kr = fixture.keyResult(fixture.team.id(), "Members' KR", new dev.waypoint.shared.UserKey("member"),
                new dev.waypoint.keyresult.Measure.Metric(0, 5));

        RestResponse response = rest.send(RestRequest.put("/key-results/" + kr.id(), "{\"title\":\"Mine\","
                + "\"owner\":\"member\",\"measure\":{\"type\":\"METRIC\",\"baseline\":0,\"target\":6},\"version\":0}")
                .as(Role.PROJECT_MEMBER));

        assertThat(response.status()).isEqualTo(200);
    }
    @Test
    void givenVisibleKpi_creatingKeyResultMeasuredByIt_answers201() {
        RestResponse response = rest.send(RestRequest.post("/key-results", kpiKeyResult(fixture.teamKpi.id().value()))
                .as(Role.OWNER));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("source").path("kpiId").asLong()).isEqualTo(fixture.teamKpi.id().value());
    }

    @Test
    void givenKpiTheCallerMayNotSeeOrNoKpi_creatingKeyResultMeasuredByIt_answers400AndWritesNothing() {
        OkrRestFixture.Contents before = fixture.contents();

        RestResponse hidden = rest.send(RestRequest.post("/key-results", kpiKeyResult(fixture.hiddenKpi.id().value()))
                .as(Role.OWNER));
        RestResponse missing = rest.send(RestRequest.post("/key-results", kpiKeyResult(987_654)).as(Role.OWNER));

        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.errorFields()).containsExactly("source.kpiId");
        assertThat(hidden.errorMessages()).containsExactly(
                "There is no KPI " + fixture.hiddenKpi.id().value() + " that you can see");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorMessages()).containsExactly("There is no KPI 987654 that you can see");
        assertThat(fixture.contents()).isEqualTo(before);
    }

    @Test
    void givenKeyResultAlreadyMeasuredByAKpiTheEditorMayNotSee_editingItsTitle_keepsTheKpi() {
        var bound = fixture.storage().keyResults().insert(new KeyResult(null,
                fixture.team.id(), "Bound", OkrRestFixture.OWNER, Weight.ONE, null,
                new Measure.Metric(0, 10), new ValueSource.Kpi(fixture.hiddenKpi.id()), 0));
        String body = "{\"title\":\"Still bound\",\"owner\":\"owner\",\"measure\":{\"type\":\"METRIC\","
                + "\"baseline\":0,\"target\":10},\"source\":{\"type\":\"KPI\",\"kpiId\":%d},\"version\":0}";

        RestResponse kept = rest.send(RestRequest.put("/key-results/" + bound.id(),
                body.formatted(fixture.hiddenKpi.id().value())).as(Role.OWNER));
        RestResponse switched = rest.send(RestRequest.put("/key-results/" + bound.id(),
                body.formatted(fixture.hiddenKpi.id().value() + 1000).replace("\"version\":0", "\"version\":1"))
                .as(Role.OWNER));

        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().path("title").asText()).isEqualTo("Still bound");
        assertThat(switched.status()).isEqualTo(400);
        assertThat(switched.errorFields()).containsExactly("source.kpiId");
    }

    private String kpiKeyResult(long kpiId) {
        return "{\"objectiveId\":" + fixture.team.id() + ",\"title\":\"Backlog down\",\"measure\":{\"type\":"
                + "\"METRIC\",\"baseline\":100,\"target\":50},\"source\":{\"type\":\"KPI\",\"kpiId\":" + kpiId + "}}";
    }
}
