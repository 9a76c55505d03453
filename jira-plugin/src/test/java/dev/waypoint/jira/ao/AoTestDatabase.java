package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.ao.embedded.PostgreSqlServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/**
 * A private database with Waypoint's schema, on the real Active Objects library, with its SQL statements counted:
 * in memory on HSQLDB ({@link #AoTestDatabase()}), or a database of its own on a PostgreSQL server
 * ({@link #postgresql}), reached through a pool of Jira's default size. Close it afterwards (a PostgreSQL database is
 * dropped). {@link AoDatabaseExtension} gives each test class one and empties it before each test.
 */
public final class AoTestDatabase implements AutoCloseable {

    /** The namespace of the app's {@code <ao>} module, so tables get the prefix they get in Jira. */
    public static final String NAMESPACE = "dev.waypoint.waypoint-jira";

    private final StatementCounter statements;
    private final EmbeddedActiveObjects ao;
    private final Runnable drop;

    /** A fresh in-memory HSQLDB database. */
    public AoTestDatabase() {
        this(new StatementCounter(), null, null);
    }

    private AoTestDatabase(StatementCounter statements, PostgreSqlServer server, String url) {
        this.statements = statements;
        this.ao = server == null ? EmbeddedActiveObjects.inMemory(NAMESPACE, statements::wrap)
                : EmbeddedActiveObjects.postgresql(url, null, null, NAMESPACE, statements::wrap);
        this.drop = server == null ? () -> { } : () -> server.dropDatabase(url);
        try {
            ao.migrate(AoSchema.ENTITIES);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        statements.reset();
    }

    /** A new, empty database on {@code server}, dropped by {@link #close()}. */
    public static AoTestDatabase postgresql(PostgreSqlServer server) {
        return new AoTestDatabase(new StatementCounter(), server, server.createDatabase());
    }

    public EmbeddedActiveObjects ao() {
        return ao;
    }

    public StatementCounter statements() {
        return statements;
    }

    /** {@code HSQLDB} or {@code PostgreSQL}, for messages. */
    public String kind() {
        return ao.databaseType() == DatabaseType.POSTGRESQL ? "PostgreSQL" : "HSQLDB";
    }

    /** Deletes every row of every table and restarts the ids at 1, as in a new database; resets the counter. */
    public void empty() {
        EntityManager entities = ao.entityManager();
        DatabaseProvider provider = entities.getProvider();
        try (Connection connection = provider.getConnection(); Statement statement = connection.createStatement()) {
            if (ao.databaseType() == DatabaseType.POSTGRESQL) {
                statement.execute(Arrays.stream(AoSchema.ENTITIES)
                        .map(type -> provider.withSchema(entities.getTableNameConverter().getName(type)))
                        .collect(Collectors.joining(", ", "TRUNCATE TABLE ", " RESTART IDENTITY")));
            } else {
                for (var type : AoSchema.ENTITIES) {
                    statement.execute("TRUNCATE TABLE " + provider.withSchema(
                            entities.getTableNameConverter().getName(type)) + " RESTART IDENTITY AND COMMIT NO CHECK");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the " + kind() + " test database", e);
        }
        statements.reset();
    }

    @Override
    public void close() {
        try {
            ao.close();
        } finally {
            drop.run();
        }
    }
}
