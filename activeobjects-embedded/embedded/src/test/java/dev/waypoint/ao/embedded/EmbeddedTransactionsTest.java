package dev.waypoint.ao.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.ao.embedded.RealActiveObjectsTest.Goal;
import dev.waypoint.ao.embedded.RealActiveObjectsTest.Step;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a transaction leaves behind on its connection, on HSQLDB and on PostgreSQL (skipped where no server is
 * configured, see {@link PostgreSqlServer}). AO's {@code DatabaseProvider.rollbackTransaction} only rolls back: the
 * connection stayed bound to the thread with auto-commit off, so every later statement of that thread ran inside a
 * transaction nobody committed, which other connections never saw; and no transaction gave its connection back.
 */
class EmbeddedTransactionsTest {

    private static final String NAMESPACE = "dev.waypoint.test";

    private final TrackedConnections connections = new TrackedConnections();
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private EmbeddedActiveObjects ao;
    private PostgreSqlServer server;
    private String database;

    private void open(String kind) {
        if (kind.equals("hsqldb")) {
            ao = EmbeddedActiveObjects.inMemory(NAMESPACE, connections::wrap);
        } else {
            Optional<PostgreSqlServer> configured = PostgreSqlServer.forTests();
            Assumptions.assumeTrue(configured.isPresent(), PostgreSqlServer.SKIPPED);
            server = configured.get();
            database = server.createDatabase();
            ao = EmbeddedActiveObjects.postgresql(database, null, null, NAMESPACE, connections::wrap);
        }
        ao.migrate(Goal.class, Step.class);
    }

    @AfterEach
    void close() {
        otherThread.shutdownNow();
        if (ao != null) {
            ao.close();
        }
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgresql"})
    void givenRolledBackTransaction_readingAndWritingOnTheSameThreadAfterwards_isCommittedAndSeenByOthers(String kind)
            throws Exception {
        open(kind);
        Goal before = ao.create(Goal.class, new DBParam("TITLE", "Before"));
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(Goal.class, new DBParam("TITLE", "Never stored"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        Goal after = ao.create(Goal.class, new DBParam("TITLE", "Written after the rollback"));
        ao.executeInTransaction(() -> {
            Goal renamed = ao.get(Goal.class, before.getID());
            renamed.setTitle("Renamed after the rollback");
            renamed.save();
            return null;
        });

        assertThat(onOtherThread(this::titles))
                .containsExactlyInAnyOrder("Renamed after the rollback", "Written after the rollback");
        for (int i = 0; i < 3; i++) {
            assertThat(find(after.getID())).as("read %d on the rolled-back thread", i).isPresent();
            assertThat(onOtherThread(() -> find(after.getID()))).as("read %d on another thread", i).isPresent();
        }
        assertThat(connections.open()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgresql"})
    void givenCommitsAndRollbacks_finishing_givesEveryConnectionBack(String kind) {
        open(kind);
        for (int i = 0; i < 5; i++) {
            int n = i;
            ao.executeInTransaction(() -> ao.create(Goal.class, new DBParam("TITLE", "kept " + n)));
            assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                ao.create(Goal.class, new DBParam("TITLE", "dropped " + n));
                throw new IllegalArgumentException("refused");
            })).isInstanceOf(IllegalArgumentException.class);
            ao.count(Goal.class);
        }

        assertThat(connections.open()).isZero();
        assertThat(ao.count(Goal.class)).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgresql"})
    void givenTransaction_runningStatements_usesTheDatabasesLevelInsideAndAutoCommitAfterwards(String kind) {
        open(kind);
        connections.forget();

        ao.executeInTransaction(() -> {
            ao.create(Goal.class, new DBParam("TITLE", "inside"));
            return ao.count(Goal.class);
        });
        List<TrackedConnections.Prepared> inside = connections.prepared();
        connections.forget();
        ao.create(Goal.class, new DBParam("TITLE", "outside"));
        List<TrackedConnections.Prepared> outside = connections.prepared();

        assertThat(inside).isNotEmpty().allSatisfy(p -> {
            // PostgreSQL: READ COMMITTED, as Jira; HSQLDB: AO's SERIALIZABLE (see EmbeddedActiveObjects)
            assertThat(p.isolation()).as(p.sql()).isEqualTo(kind.equals("postgresql")
                    ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_SERIALIZABLE);
            assertThat(p.autoCommit()).as(p.sql()).isFalse();
        });
        assertThat(outside).isNotEmpty().allSatisfy(p -> assertThat(p.autoCommit()).as(p.sql()).isTrue());
    }

    private List<String> titles() {
        List<String> titles = new ArrayList<>();
        Arrays.stream(ao.find(Goal.class)).forEach(goal -> titles.add(goal.getTitle()));
        return titles;
    }

    private Optional<Goal> find(int id) {
        return Arrays.stream(ao.find(Goal.class, Query.select().where("ID = ?", id))).findFirst();
    }

    private <T> T onOtherThread(Callable<T> read) throws Exception {
        return otherThread.submit(read).get(30, TimeUnit.SECONDS);
    }
}
