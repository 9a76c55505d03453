package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.ao.embedded.PostgreSqlServer;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link AoTestDatabase} per test class, emptied before each test (ids start at 1 again): register it in a
 * {@code static} field with {@code @RegisterExtension}. {@link #hsqldb()} is an in-memory HSQLDB database;
 * {@link #postgresql()} a database of its own on the PostgreSQL server {@link PostgreSqlServer} names, dropped after
 * the class. Without a configured server the PostgreSQL class is skipped with a message saying how to run it; where a
 * server is required (CI) a missing one fails the class.
 */
public final class AoDatabaseExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final boolean postgresql;
    private AoTestDatabase database;

    private AoDatabaseExtension(boolean postgresql) {
        this.postgresql = postgresql;
    }

    public static AoDatabaseExtension hsqldb() {
        return new AoDatabaseExtension(false);
    }

    public static AoDatabaseExtension postgresql() {
        return new AoDatabaseExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (postgresql) {
            Optional<PostgreSqlServer> server = PostgreSqlServer.forTests();
            Assumptions.assumeTrue(server.isPresent(), PostgreSqlServer.SKIPPED);
            database = AoTestDatabase.postgresql(server.get());
        } else {
            database = new AoTestDatabase();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database.empty();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public AoTestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("no database outside a test class's lifecycle");
        }
        return database;
    }

    public ActiveObjects ao() {
        return database().ao();
    }

    /** Empties the database again, within a test (e.g. between two measurements). */
    public AoTestDatabase fresh() {
        database().empty();
        return database;
    }
}
