package dev.waypoint.jira.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sends requests through a {@link RestHarness} from many threads that all start at the same moment, for the
 * concurrency tests: {@code send(20, i -> RestRequest.put(...))} answers the responses in the writers' order.
 */
public final class ConcurrentRequests {

    /** Writers per endpoint (issue "Every rule in one place": 20 parallel writers per write endpoint). */
    public static final int WRITERS = 20;

    private final RestHarness rest;

    public ConcurrentRequests(RestHarness rest) {
        this.rest = rest;
    }

    /** Sends {@code count} requests at once; the responses in order. No response may be a 5xx. */
    public List<RestResponse> send(int count, IntFunction<RestRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RestResponse>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                RestRequest prepared = request.apply(i);
                Callable<RestResponse> send = () -> {
                    start.await();
                    return rest.send(prepared);
                };
                futures.add(pool.submit(send));
            }
            start.countDown();
            List<RestResponse> responses = new ArrayList<>();
            for (Future<RestResponse> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isLessThan(500));
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The statuses of {@code responses}, in order. */
    public static List<Integer> statuses(List<RestResponse> responses) {
        return responses.stream().map(RestResponse::status).toList();
    }

    /** Exactly one response has {@code winner}; every other one is a 409 with a message. */
    public static RestResponse exactlyOneWins(List<RestResponse> responses, int winner) {
        List<RestResponse> winners = responses.stream().filter(r -> r.status() == winner).toList();
        assertThat(winners).as("winners among %s", statuses(responses)).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != winner).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.errorMessages()).as(r.toString()).isNotEmpty().allSatisfy(m -> assertThat(m).isNotBlank());
        });
        return winners.get(0);
    }

    /**
     * Every response is one of {@code allowed}, and at least one is the first of them; a 409 (a collision the storage
     * could not retry) carries a message.
     */
    public static void allAmong(List<RestResponse> responses, Integer... allowed) {
        assertThat(statuses(responses)).isSubsetOf(allowed).contains(allowed[0]);
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.errorMessages()).as(r.toString()).isNotEmpty());
    }
}
