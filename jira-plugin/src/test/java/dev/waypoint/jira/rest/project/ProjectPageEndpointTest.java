package dev.waypoint.jira.rest.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.Weight;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project page's read model {@code /projects/{key}/okrs}. */
class ProjectPageEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenNoCycleAsked_gettingThePage_showsTheActiveCycleWithTheTree() {
        RestResponse response = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.path("selectedCycleId").asLong()).isEqualTo(fixture.q1.id().value());
        assertThat(page.path("cycles")).hasSize(3);
        assertThat(page.path("actions").path("canCreateObjective").asBoolean()).isTrue();
        assertThat(page.path("objectives")).extracting(o -> o.path("title").asText())
                .containsExactly("Grow the company", "Simplify the company");
        JsonNode company = page.path("objectives").get(0);
        assertThat(company.path("context").asBoolean()).isTrue();
        assertThat(company.path("canEdit").asBoolean()).isFalse();
        JsonNode team = company.path("children").get(0);
        assertThat(team.path("title").asText()).isEqualTo("Delight TEAM customers");
        assertThat(team.path("canEdit").asBoolean()).isTrue();
        JsonNode kr = team.path("keyResults").get(0);
        assertThat(kr.path("progress").path("clamped").asDouble()).isEqualTo(0.4);
        assertThat(kr.path("pace").asText()).isEqualTo("AT_RISK");
        assertThat(kr.path("latestCheckIn").path("value").asDouble()).isEqualTo(4);
        assertThat(kr.path("latestConfidence").asInt()).isEqualTo(7);
        assertThat(kr.path("initiativeCount").asInt()).isEqualTo(1);
        assertThat(kr.path("sparkline").toString()).isEqualTo("[{\"date\":\"2026-02-01\",\"value\":4.0}]");
        assertThat(kr.path("canCheckIn").asBoolean()).isTrue();
    }

    @Test
    void givenValuesOnSeveralDays_gettingThePage_forecastsAndDrawsOnePointPerDay() {
        for (int day = 2; day <= 4; day++) {
            fixture.storage().checkIns().insert(new CheckIn(null, fixture.kr.id(), CheckInValue.of(4 + day), null,
                    null, OkrRestFixture.OWNER, CheckInOrigin.MANUAL, OkrRestFixture.NOW,
                    LocalDate.of(2026, 2, day * 2)));
        }
        fixture.storage().checkIns().insert(new CheckIn(null, fixture.kr.id(), CheckInValue.of(9), null, null,
                OkrRestFixture.OWNER, CheckInOrigin.MANUAL, OkrRestFixture.NOW.plusSeconds(1),
                LocalDate.of(2026, 2, 8)));

        JsonNode kr = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.OWNER)).json()
                .path("objectives").get(0).path("children").get(0).path("keyResults").get(0);

        assertThat(kr.path("sparkline")).extracting(p -> p.path("date").asText() + "=" + p.path("value").asDouble())
                .containsExactly("2026-02-01=4.0", "2026-02-04=6.0", "2026-02-06=7.0", "2026-02-08=9.0");
        assertThat(kr.path("forecast").path("at").asText()).isEqualTo("2026-03-31");
        assertThat(kr.path("forecast").path("lower").isNull()).isFalse();
    }

    @Test
    void givenAKeyResultBoundToADeletedKpi_gettingThePage_describesNoKpiFormat() {
        fixture.storage().keyResults().insert(new KeyResult(null, fixture.team.id(), "Bound to a deleted KPI",
                OkrRestFixture.OWNER, Weight.ONE, null, new Measure.Metric(0.5, 0.9),
                new ValueSource.Kpi(new KpiId(424_242)), 0));

        JsonNode keyResults = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.OWNER)).json()
                .path("objectives").get(0).path("children").get(0).path("keyResults");

        assertThat(keyResults).extracting(k -> k.path("source").asText()).containsExactly("MANUAL", "KPI");
        assertThat(keyResults).allSatisfy(k -> assertThat(k.path("kpi").isNull()).isTrue());
    }

    @Test
    void givenCompanyItemsRestrictedToAGroup_gettingThePageAsMember_showsTeamObjectiveAsRoot() {
        rest.facts().companyViewerGroups("leaders-only");

        JsonNode page = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.PROJECT_MEMBER)).json();

        assertThat(page.path("objectives")).extracting(o -> o.path("title").asText())
                .containsExactly("Delight TEAM customers");
    }

    @Test
    void givenCycleWithoutObjectives_gettingThePage_answersAnEmptyTree() {
        RestResponse response = rest.send(RestRequest.get("/projects/TEAM/okrs")
                .query("cycleId", "" + fixture.q3.id()).as(Role.PROJECT_MEMBER));

        assertThat(response.json().path("objectives")).isEmpty();
        assertThat(response.json().path("selectedCycleId").asLong()).isEqualTo(fixture.q3.id().value());
    }
}
