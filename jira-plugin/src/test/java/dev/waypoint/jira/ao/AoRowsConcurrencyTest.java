package dev.waypoint.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.shared.ConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Optimistic locking must hold when writers really race: eight threads that all read version 0 of one row and update
 * it at once. Exactly one wins; every other one gets a conflict (never a lost update, never another error).
 */
class AoRowsConcurrencyTest {

    private final AoTestDatabase database = new AoTestDatabase();
    private final AoCycleRepository cycles = new AoCycleRepository(database.ao());

    @AfterEach
    void close() {
        database.close();
    }

    @RepeatedTest(3)
    void givenEightWritersOfTheSameVersion_updatingAtOnce_exactlyOneWinsAndTheOthersConflict() throws Exception {
        Cycle stored = cycles.insert(Cycle.create("Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                CycleState.PLANNING));
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Q1 by writer " + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    cycles.update(new Cycle(stored.id(), name, stored.start(), stored.end(), stored.state(), 0));
                    return "won:" + name;
                } catch (ConflictException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<String> winners = results.stream().filter(r -> r.startsWith("won:")).toList();
        assertThat(winners).hasSize(1);
        assertThat(results).filteredOn("conflict"::equals).hasSize(writers - 1);
        Cycle after = cycles.findById(stored.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat("won:" + after.name()).isEqualTo(winners.get(0));
    }
}
