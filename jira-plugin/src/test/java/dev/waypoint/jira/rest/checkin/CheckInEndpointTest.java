package dev.waypoint.jira.rest.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.MilestoneItem;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /key-results/{id}/check-ins} through the real JAX-RS runtime. */
class CheckInEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenBackDatedValue_recording_answers201AndTheHistoryIsChronological() {
        RestResponse recorded = rest.send(RestRequest.post("/key-results/" + fixture.kr.id() + "/check-ins",
                "{\"value\":2.5,\"confidence\":4,\"comment\":\"slow start\",\"effectiveDate\":\"2026-01-20\"}")
                .as(Role.OWNER));

        RestResponse history = rest.send(RestRequest.get("/key-results/" + fixture.kr.id() + "/check-ins")
                .as(Role.PROJECT_MEMBER));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().path("author").asText()).isEqualTo("owner");
        assertThat(recorded.json().path("origin").asText()).isEqualTo("MANUAL");
        assertThat(history.json().path("checkIns")).extracting(c -> c.path("effectiveDate").asText())
                .containsExactly("2026-01-20", "2026-02-01");
        assertThat(history.json().path("canCheckIn").asBoolean()).isFalse();
    }

    @Test
    void givenCheckInsOfKnownUnknownAndNoAuthor_history_namesTheAuthorsJiraKnows() {
        fixture.storage().checkIns().insert(new CheckIn(null, fixture.kr.id(), CheckInValue.of(5), null, null,
                new UserKey("stranger"), CheckInOrigin.MANUAL, OkrRestFixture.NOW, LocalDate.of(2026, 2, 3)));
        fixture.storage().checkIns().insert(new CheckIn(null, fixture.kr.id(), CheckInValue.of(6), null, null, null,
                CheckInOrigin.REFRESH, OkrRestFixture.NOW, LocalDate.of(2026, 2, 4)));

        RestResponse history = rest.send(RestRequest.get("/key-results/" + fixture.kr.id() + "/check-ins")
                .as(Role.PROJECT_MEMBER));

        assertThat(history.json().path("checkIns")).extracting(c -> c.path("author").asText(null))
                .containsExactly("owner", "stranger", null);
        assertThat(history.json().path("authors").toString()).isEqualTo("{\"owner\":\"Owner Name\"}");
    }

    @Test
    void givenNoDate_recording_isEffectiveToday() {
        RestResponse recorded = rest.send(RestRequest.post("/key-results/" + fixture.kr.id() + "/check-ins",
                "{\"value\":5}").as(Role.PROJECT_ADMIN));

        assertThat(recorded.json().path("effectiveDate").asText()).isEqualTo("2026-02-15");
    }

    @Test
    void givenMilestoneKeyResult_recordingStates_keepsThemInOrder() {
        var kr = fixture.keyResult(fixture.team.id(), "Launch", OkrRestFixture.OWNER, new Measure.Milestone(List.of(
                new MilestoneItem("Beta", Weight.ONE), new MilestoneItem("GA", Weight.ONE))));

        RestResponse recorded = rest.send(RestRequest.post("/key-results/" + kr.id() + "/check-ins",
                "{\"milestones\":[true,false]}").as(Role.OWNER));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().path("milestones").toString()).isEqualTo("[true,false]");
    }

    @Test
    void givenCheckIn_deleting_removesOnlyIt() {
        RestResponse response = rest.send(RestRequest.delete("/key-results/" + fixture.kr.id() + "/check-ins/"
                + fixture.checkIn.id()).as(Role.OWNER));

        assertThat(response.status()).isEqualTo(204);
        assertThat(fixture.contents().checkIns()).isEmpty();
    }
}
