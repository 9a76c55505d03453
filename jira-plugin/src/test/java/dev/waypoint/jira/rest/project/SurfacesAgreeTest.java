package dev.waypoint.jira.rest.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Surfaces that show the same thing agree, because they ask the same rule in core: what a closed cycle offers
 * ({@code OkrAccess.offers...}) and which cycle is "current" ({@code CurrentCycle}). Before core held these rules,
 * the project page offered check-ins in a closed cycle while the issue panel did not, and the dashboard's OKR item
 * chose an overdue ACTIVE cycle where the project page chose the cycle containing today.
 */
class SurfacesAgreeTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    private JsonNode get(RestRequest request) {
        RestResponse response = rest.send(request.as(Role.OWNER));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Every value of {@code field} anywhere in the tree. */
    private static List<Boolean> all(JsonNode node, String field) {
        List<Boolean> found = new ArrayList<>();
        node.findValues(field).forEach(v -> found.add(v.asBoolean()));
        return found;
    }

    @Test
    void givenOpenCycle_theOwner_isOfferedToEditAndCheckInOnEverySurface() {
        JsonNode page = get(RestRequest.get("/projects/TEAM/okrs"));
        JsonNode panel = get(RestRequest.get("/issues/TEAM-2/key-results"));
        JsonNode keyResult = get(RestRequest.get("/key-results/" + fixture.kr.id().value()));

        assertThat(all(page, "canCheckIn")).contains(true);
        assertThat(all(page, "canEdit")).contains(true);
        assertThat(all(panel, "canUnlink")).containsExactly(true);
        assertThat(keyResult.path("canCheckIn").asBoolean()).isTrue();
    }

    @Test
    void givenClosedCycle_theOwner_isOfferedNothingOnAnySurface() {
        Cycle q1 = fixture.storage().cycles().update(fixture.q1.withState(CycleState.CLOSED));

        JsonNode page = get(RestRequest.get("/projects/TEAM/okrs").query("cycleId", q1.id().value() + ""));
        JsonNode panel = get(RestRequest.get("/issues/TEAM-2/key-results"));
        JsonNode keyResult = get(RestRequest.get("/key-results/" + fixture.kr.id().value()));
        JsonNode tree = get(RestRequest.get("/cycles/" + q1.id().value() + "/objective-tree"));

        assertThat(page.path("selectedCycleId").asLong()).isEqualTo(q1.id().value());
        assertThat(all(page, "canCheckIn")).isNotEmpty().containsOnly(false);
        assertThat(all(page, "canEdit")).isNotEmpty().containsOnly(false);
        assertThat(page.path("actions").path("canCreateObjective").asBoolean()).isFalse();
        assertThat(all(panel, "canUnlink")).containsExactly(false);
        assertThat(keyResult.path("canCheckIn").asBoolean()).isFalse();
        assertThat(keyResult.path("canEdit").asBoolean()).isFalse();
        assertThat(all(tree, "canEdit")).isNotEmpty().containsOnly(false);
    }

    @Test
    void givenOverdueActiveCycleAndAPlannedOneContainingToday_projectPageAndDashboard_chooseTheSameCycle() {
        fixture.storage().cycles().update(fixture.q1.withState(CycleState.PLANNING));
        fixture.storage().cycles().insert(Cycle.create("Q4 2025", LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 31), CycleState.ACTIVE));

        assertSameCurrentCycle("Q1 2026");
    }

    @Test
    void givenYearAndQuarterBothActive_projectPageAndDashboard_chooseTheQuarter() {
        fixture.storage().cycles().insert(Cycle.create("2026", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), CycleState.ACTIVE));

        assertSameCurrentCycle("Q1 2026");
    }

    @Test
    void givenOnlyClosedCycles_projectPageAndDashboard_chooseTheOneThatEndedLast() {
        for (Cycle c : List.of(fixture.q1, fixture.q2, fixture.q3)) {
            fixture.storage().cycles().update(c.withState(CycleState.CLOSED));
        }

        assertSameCurrentCycle("Q3 2026");
    }

    private void assertSameCurrentCycle(String expected) {
        JsonNode page = get(RestRequest.get("/projects/TEAM/okrs"));
        JsonNode item = get(RestRequest.get("/dashboard/okr-progress").query("project", "TEAM"));

        long pageCycle = page.path("selectedCycleId").asLong();
        assertThat(item.path("cycle").path("id").asLong()).isEqualTo(pageCycle);
        assertThat(item.path("cycle").path("name").asText()).isEqualTo(expected);
    }
}
