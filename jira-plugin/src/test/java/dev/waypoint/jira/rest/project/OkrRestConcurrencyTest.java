package dev.waypoint.jira.rest.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.objective.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writers racing through the whole REST stack (JAX-RS runtime, resources, core services, real Active Objects over
 * HSQLDB): eight threads check in on one key result while eight others edit one objective, all read version 0 and
 * start at the same moment. No check-in is lost, exactly one edit wins, the other edits answer 409, nothing answers
 * 500.
 */
class OkrRestConcurrencyTest {

    private static final int WRITERS = 8;

    private final AoTestDatabase database = new AoTestDatabase();
    private final OkrRestFixture fixture = OkrRestFixture.activeObjects(database.ao());

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @AfterEach
    void close() {
        database.close();
    }

    @RepeatedTest(3)
    void givenEightCheckInsAndEightEditsAtOnce_sending_keepsEveryCheckInAndLetsExactlyOneEditWin() throws Exception {
        fixture.reset();
        String checkIns = "/key-results/" + fixture.kr.id() + "/check-ins";
        String objective = "/objectives/" + fixture.team.id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * WRITERS);
        List<Future<RestResponse>> recorded = new ArrayList<>();
        List<Future<RestResponse>> edited = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            Role role = i % 2 == 0 ? Role.OWNER : Role.PROJECT_ADMIN;
            recorded.add(pool.submit(race(start, RestRequest.post(checkIns,
                    "{\"value\":" + writer + ",\"comment\":\"writer " + writer + "\"}").as(role))));
            edited.add(pool.submit(race(start, RestRequest.put(objective, "{\"cycleId\":" + fixture.q1.id()
                    + ",\"title\":\"Edit " + writer + "\",\"level\":\"TEAM\",\"project\":\"TEAM\",\"owner\":\"owner\","
                    + "\"version\":0}").as(role))));
        }
        start.countDown();
        List<RestResponse> checkInAnswers = answers(recorded);
        List<RestResponse> editAnswers = answers(edited);
        pool.shutdown();

        assertThat(checkInAnswers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        List<CheckIn> stored = fixture.storage().checkIns().findByKeyResultIds(List.of(fixture.kr.id()));
        assertThat(stored).hasSize(1 + WRITERS);
        assertThat(stored).extracting(CheckIn::comment).filteredOn(c -> c.startsWith("writer"))
                .containsExactlyInAnyOrder("writer 0", "writer 1", "writer 2", "writer 3", "writer 4", "writer 5",
                        "writer 6", "writer 7");
        assertThat(editAnswers).noneMatch(r -> r.status() >= 500);
        List<RestResponse> winners = editAnswers.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(editAnswers).filteredOn(r -> r.status() == 409).hasSize(WRITERS - 1);
        Objective after = fixture.storage().objectives().findById(fixture.team.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.title()).isEqualTo(winners.get(0).json().path("title").asText());
    }

    private Callable<RestResponse> race(CountDownLatch start, RestRequest request) {
        return () -> {
            start.await();
            return rest.send(request);
        };
    }

    private static List<RestResponse> answers(List<Future<RestResponse>> futures) throws Exception {
        List<RestResponse> answers = new ArrayList<>();
        for (Future<RestResponse> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
