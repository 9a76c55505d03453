package dev.waypoint.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.spi.DatabaseType;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.ConflictException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Writers that really race on the AO storage, at READ COMMITTED (the level of Jira's transactions): optimistic locking
 * lets exactly one of the writers of one version win, and concurrent values of one KPI and date leave one row. Run on
 * HSQLDB ({@link AoConcurrencyTest}) and PostgreSQL ({@link AoConcurrencyOnPostgresTest}).
 */
abstract class AoConcurrencyContract {

    private static final int WRITERS = 20;

    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    /** The class's database, emptied before each test. */
    protected abstract AoTestDatabase database();

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    private AoCycleRepository cycles() {
        return new AoCycleRepository(database().ao());
    }

    private Cycle storedCycle() {
        return cycles().insert(Cycle.create("Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                CycleState.PLANNING));
    }

    private static Cycle renamed(Cycle cycle, String name) {
        return new Cycle(cycle.id(), name, cycle.start(), cycle.end(), cycle.state(), cycle.version());
    }

    /**
     * The interleaving that lost edits at READ COMMITTED: writer A has updated version 0 and holds the row lock, not
     * yet committed; writer B reads version 0 (the committed one) and blocks on the row lock; then A commits. B must
     * see A's version after the lock and fail with a conflict, instead of writing back its stale version and winning.
     */
    @Test
    void givenSecondWriterBlockedOnTheRowLock_firstCommits_secondGetsConflict() throws Exception {
        Cycle stored = storedCycle();
        CountDownLatch aHoldsTheLock = new CountDownLatch(1);
        CountDownLatch bIsBlocked = new CountDownLatch(1);
        AoTransactions transactions = new AoTransactions(database().ao());

        Future<Cycle> a = pool.submit(() -> transactions.inTransaction(() -> {
            Cycle updated = cycles().update(renamed(stored, "by A"));
            aHoldsTheLock.countDown();
            await(bIsBlocked);
            return updated;
        }));
        await(aHoldsTheLock);
        Future<Cycle> b = pool.submit(() -> cycles().update(renamed(stored, "by B")));
        waitUntilAWriterWaitsForALockOr(b);
        bIsBlocked.countDown();

        assertThat(a.get(30, TimeUnit.SECONDS).name()).isEqualTo("by A");
        assertThatThrownBy(() -> b.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(ConflictException.class);
        Cycle after = cycles().findById(stored.id()).orElseThrow();
        assertThat(after.name()).isEqualTo("by A");
        assertThat(after.version()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void givenTwentyWritersOfTheSameVersion_updatingAtOnce_exactlyOneWinsAndTheOthersConflict() throws Exception {
        Cycle stored = storedCycle();
        List<String> results = race(WRITERS, i -> {
            String name = "Q1 by writer " + i;
            try {
                cycles().update(renamed(stored, name));
                return "won:" + name;
            } catch (ConflictException e) {
                return "conflict";
            }
        });

        List<String> winners = results.stream().filter(r -> r.startsWith("won:")).toList();
        assertThat(winners).hasSize(1);
        assertThat(results).filteredOn("conflict"::equals).hasSize(WRITERS - 1);
        Cycle after = cycles().findById(stored.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat("won:" + after.name()).isEqualTo(winners.get(0));
    }

    @RepeatedTest(3)
    void givenTwentyValuesForOneKpiAndDate_storingAtOnce_leavesOneRowAndTheLatestAmongThem() throws Exception {
        AoKpiRepository kpis = new AoKpiRepository(database().ao());
        AoKpiValueRepository values = new AoKpiValueRepository(database().ao());
        Kpi kpi = kpis.insert(KpiTestData.aKpi().named("Satisfaction").build());
        Kpi other = kpis.insert(KpiTestData.aKpi().named("Other").build());
        Instant day = KpiTestData.NOW.minus(Duration.ofDays(3));

        List<String> results = race(WRITERS, i -> {
            String upserted = attempt(() -> values.upsert(KpiValue.of(kpi.id(), day, i)));
            String appended = attempt(() -> values.append(KpiValue.of(other.id(), day.plusSeconds(i), i)));
            return upserted + "," + appended;
        });

        // Collisions are retried a bounded number of times, then answered as conflicts (HSQLDB's SERIALIZABLE
        // refuses more than PostgreSQL's READ COMMITTED); what was answered "stored" is stored, once.
        assertThat(results).allSatisfy(r -> assertThat(r).matches("(stored|conflict),(stored|conflict)"));
        assertThat(results).anyMatch(r -> r.startsWith("stored"));
        List<KpiValue> ofTheDay = values.findBetween(List.of(kpi.id()), day, day.plusMillis(1)).get(kpi.id());
        assertThat(ofTheDay).hasSize(1);
        assertThat(values.findLatest(List.of(kpi.id()))).containsEntry(kpi.id(), ofTheDay.get(0));
        List<Double> appended = IntStream.range(0, WRITERS).filter(i -> results.get(i).endsWith(",stored"))
                .mapToObj(i -> (double) i).toList();
        assertThat(values.findBetween(List.of(other.id()), day, day.plus(Duration.ofDays(1)))
                .getOrDefault(other.id(), List.of())).extracting(KpiValue::value)
                .containsExactlyInAnyOrderElementsOf(appended);
    }

    @Test
    void givenIdsBeyondTheStoredRange_lookingUp_findsNothing() {
        long beyond = Integer.MAX_VALUE + 1L;
        AoKpiValueRepository values = new AoKpiValueRepository(database().ao());

        assertThat(cycles().findById(new dev.waypoint.cycle.CycleId(beyond))).isEmpty();
        assertThat(values.findLatest(List.of(new KpiId(beyond), new KpiId(Long.MAX_VALUE)))).isEmpty();
        assertThatThrownBy(() -> cycles().update(renamed(storedCycle(), "x").withId(new dev.waypoint.cycle.CycleId(beyond))))
                .isInstanceOf(dev.waypoint.shared.NotFoundException.class);
    }

    private static String attempt(Runnable write) {
        try {
            write.run();
            return "stored";
        } catch (ConflictException e) {
            return "conflict";
        }
    }

    @FunctionalInterface
    private interface Writer {
        String write(int index) throws Exception;
    }

    /** Runs {@code count} writers that start at the same moment; their results in order. */
    private List<String> race(int count, Writer writer) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Callable<String> task = () -> {
                start.await();
                return writer.write(index);
            };
            outcomes.add(pool.submit(task));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    /**
     * Waits until the database reports a session waiting for a lock (B behind A's row lock), or B is done already
     * (HSQLDB at SERIALIZABLE refuses B's write at once instead of letting it wait).
     */
    private void waitUntilAWriterWaitsForALockOr(Future<?> b) throws Exception {
        String sql = database().ao().databaseType() == DatabaseType.POSTGRESQL
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_SESSIONS WHERE THIS_WAITING_FOR <> ''";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (b.isDone() || count(sql) > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no writer ever waited for the row lock");
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = database().ao().entityManager().getProvider().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
