package dev.waypoint.jira.rest.project;

import static dev.waypoint.jira.rest.support.ConcurrentRequests.WRITERS;
import static dev.waypoint.jira.rest.support.ConcurrentRequests.allAmong;
import static dev.waypoint.jira.rest.support.ConcurrentRequests.exactlyOneWins;
import static dev.waypoint.jira.rest.support.ConcurrentRequests.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.rest.support.ConcurrentRequests;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@value ConcurrentRequests#WRITERS} writers at once on every write endpoint of the OKR half of the REST API, through
 * the whole stack (JAX-RS runtime, resources, core, real Active Objects at READ COMMITTED): nothing answers 500,
 * nothing acknowledged is lost, nothing is stored twice; of the writers of one version exactly one wins and the others
 * get 409 with a message. Run on HSQLDB ({@link OkrRestConcurrencyTest}) and PostgreSQL
 * ({@link OkrRestConcurrencyOnPostgresTest}).
 */
abstract class OkrRestConcurrencyContract {

    private static final String METRIC = "\"measure\":{\"type\":\"METRIC\",\"baseline\":0,\"target\":10}";

    /** The class's database, emptied before each test; ready when the test instance is made. */
    protected abstract AoTestDatabase database();

    private final OkrRestFixture fixture = OkrRestFixture.activeObjects(database().ao());

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    private List<RestResponse> race(IntFunction<RestRequest> request) throws Exception {
        fixture.reset();
        return new ConcurrentRequests(rest).send(WRITERS, i -> request.apply(i).as(Role.JIRA_ADMIN));
    }

    // ------------------------------------------------------------------------------------------------------ cycles

    @Test
    void givenTwentyNewCycles_postingAtOnce_storesEveryOne() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/cycles", "{\"name\":\"Year " + (2030 + i)
                + "\",\"start\":\"" + (2030 + i) + "-01-01\",\"end\":\"" + (2030 + i) + "-12-31\"}"));

        assertThat(statuses(answers)).containsOnly(201);
        assertThat(fixture.storage().cycles().findAll()).extracting(Cycle::name).filteredOn(n -> n.startsWith("Year"))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, WRITERS).mapToObj(i -> "Year " + (2030 + i))
                        .toList());
    }

    @Test
    void givenTwentyEditsOfOneCycleVersion_puttingAtOnce_exactlyOneWins() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.put("/cycles/" + fixture.q2.id(), "{\"name\":\"Q2 by "
                + i + "\",\"start\":\"2026-04-01\",\"end\":\"2026-06-30\",\"version\":0}"));

        RestResponse winner = exactlyOneWins(answers, 200);
        Cycle stored = fixture.storage().cycles().findById(fixture.q2.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.name()).isEqualTo(winner.json().path("name").asText());
    }

    @Test
    void givenTwentyDeletesOfOneCycle_deletingAtOnce_deleteItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.delete("/cycles/" + fixture.q3.id()));

        allAmong(answers, 204, 404, 409);
        assertThat(fixture.storage().cycles().findById(fixture.q3.id())).isEmpty();
    }

    @Test
    void givenTwentyQuarterRequestsForOneYear_postingAtOnce_storeEveryQuarterWithoutAnError() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/cycles/quarters", "{\"year\":2027}"));

        assertThat(statuses(answers)).contains(201).isSubsetOf(201, 400, 409);
        assertThat(quartersOf2027()).containsAll(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 7, 1), LocalDate.of(2027, 10, 1)));
    }

    /**
     * Open: {@code CycleService.createQuarters} (core) checks that the year's quarters do not exist, then inserts
     * them, outside any lock: concurrent requests all pass the check and each stores the four quarters (on HSQLDB and
     * PostgreSQL alike). Nothing in storage names "the quarters of a year" to hold a unique index or a lock on; the
     * fix belongs to the use case (e.g. a lock row per year, or a unique index on cycle name and dates, which would
     * need existing duplicates resolved first). Enable this test with that fix.
     */
    @Disabled("open: CycleService.createQuarters checks then inserts without a lock; see the comment")
    @Test
    void givenTwentyQuarterRequestsForOneYear_postingAtOnce_storeTheFourQuartersOnce() throws Exception {
        race(i -> RestRequest.post("/cycles/quarters", "{\"year\":2027}"));

        assertThat(quartersOf2027()).doesNotHaveDuplicates().hasSize(4);
    }

    private List<LocalDate> quartersOf2027() {
        return fixture.storage().cycles().findAll().stream().map(Cycle::start).filter(d -> d.getYear() == 2027)
                .toList();
    }

    @Test
    void givenTwentyClosingsOfOneCycle_postingAtOnce_closeItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/cycles/" + fixture.q1.id() + "/close",
                "{\"version\":0}"));

        exactlyOneWins(answers, 200);
        Cycle closed = fixture.storage().cycles().findById(fixture.q1.id()).orElseThrow();
        assertThat(closed.state()).isEqualTo(CycleState.CLOSED);
        assertThat(closed.version()).isEqualTo(1);
    }

    // -------------------------------------------------------------------------------------------------- objectives

    @Test
    void givenTwentyNewObjectives_postingAtOnce_storesEveryOne() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/objectives", "{\"cycleId\":" + fixture.q1.id()
                + ",\"title\":\"Parallel " + i + "\",\"level\":\"COMPANY\"}"));

        assertThat(statuses(answers)).containsOnly(201);
        assertThat(fixture.storage().objectives().findByCycleIds(List.of(fixture.q1.id()))).extracting(
                Objective::title).filteredOn(t -> t.startsWith("Parallel")).doesNotHaveDuplicates().hasSize(WRITERS);
    }

    @Test
    void givenTwentyEditsOfOneObjectiveVersion_puttingAtOnce_exactlyOneWins() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.put("/objectives/" + fixture.team.id(), "{\"cycleId\":"
                + fixture.q1.id() + ",\"title\":\"Edit " + i + "\",\"level\":\"TEAM\",\"project\":\"TEAM\","
                + "\"owner\":\"owner\",\"parentId\":" + fixture.company.id() + ",\"version\":0}"));

        RestResponse winner = exactlyOneWins(answers, 200);
        Objective stored = fixture.storage().objectives().findById(fixture.team.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.title()).isEqualTo(winner.json().path("title").asText());
    }

    @Test
    void givenTwentyDeletesOfOneObjective_deletingAtOnce_deleteItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.delete("/objectives/" + fixture.company2.id()));

        allAmong(answers, 204, 404, 409);
        assertThat(fixture.storage().objectives().findById(fixture.company2.id())).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------- key results

    @Test
    void givenTwentyNewKeyResults_postingAtOnce_storesEveryOne() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/key-results", "{\"objectiveId\":"
                + fixture.team.id() + ",\"title\":\"Parallel " + i + "\"," + METRIC + "}"));

        assertThat(statuses(answers)).containsOnly(201);
        assertThat(fixture.storage().keyResults().findByObjectiveIds(List.of(fixture.team.id())))
                .extracting(KeyResult::title).filteredOn(t -> t.startsWith("Parallel")).doesNotHaveDuplicates()
                .hasSize(WRITERS);
    }

    @Test
    void givenTwentyEditsOfOneKeyResultVersion_puttingAtOnce_exactlyOneWins() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.put("/key-results/" + fixture.kr.id(), "{\"title\":\"Edit "
                + i + "\",\"owner\":\"owner\"," + METRIC + ",\"version\":0}"));

        RestResponse winner = exactlyOneWins(answers, 200);
        KeyResult stored = fixture.storage().keyResults().findById(fixture.kr.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.title()).isEqualTo(winner.json().path("title").asText());
    }

    @Test
    void givenTwentyDeletesOfOneKeyResult_deletingAtOnce_deleteItAndItsCheckInsOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.delete("/key-results/" + fixture.kr.id()));

        allAmong(answers, 204, 404, 409);
        assertThat(fixture.storage().keyResults().findById(fixture.kr.id())).isEmpty();
        assertThat(fixture.storage().checkIns().findByKeyResultIds(List.of(fixture.kr.id()))).isEmpty();
    }

    // ------------------------------------------------------------------------------------- check-ins, initiatives

    @Test
    void givenTwentyCheckIns_postingAtOnce_keepsEveryOne() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/key-results/" + fixture.kr.id() + "/check-ins",
                "{\"value\":" + (i % 10) + ",\"comment\":\"writer " + i + "\"}"));

        assertThat(statuses(answers)).containsOnly(201);
        List<CheckIn> stored = fixture.storage().checkIns().findByKeyResultIds(List.of(fixture.kr.id()));
        assertThat(stored).hasSize(1 + WRITERS);
        assertThat(stored).extracting(CheckIn::comment).filteredOn(c -> c != null && c.startsWith("writer"))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, WRITERS).mapToObj(i -> "writer " + i)
                        .toList());
    }

    @Test
    void givenTwentyDeletesOfOneCheckIn_deletingAtOnce_deleteItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.delete("/key-results/" + fixture.kr.id() + "/check-ins/"
                + fixture.checkIn.id()));

        allAmong(answers, 204, 404, 409);
        assertThat(fixture.storage().checkIns().findById(fixture.checkIn.id())).isEmpty();
    }

    @Test
    void givenTwentyLinksOfOneIssue_postingAtOnce_linkItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/key-results/" + fixture.kr.id() + "/initiatives",
                "{\"issueKey\":\"TEAM-1\"}"));

        exactlyOneWins(answers, 201);
        Set<Long> linked = fixture.storage().initiatives().findByKeyResultIds(List.of(fixture.kr.id())).stream()
                .map(Initiative::issueId).map(IssueId::value).collect(Collectors.toSet());
        assertThat(fixture.storage().initiatives().findByKeyResultIds(List.of(fixture.kr.id()))).hasSize(2);
        assertThat(linked).containsExactlyInAnyOrder(101L, 102L);
    }

    @Test
    void givenTwentyUnlinksOfOneIssue_deletingAtOnce_unlinkItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.delete("/key-results/" + fixture.kr.id()
                + "/initiatives/TEAM-2"));

        allAmong(answers, 204, 404, 409);
        assertThat(fixture.storage().initiatives().findByKeyResultIds(List.of(fixture.kr.id()))).isEmpty();
    }
}
