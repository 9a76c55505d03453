package dev.waypoint.jira.ao;

import dev.waypoint.ao.embedded.EmbeddedActiveObjects;

/**
 * A private in-memory database with Waypoint's schema, on the real Active Objects library, with its SQL statements
 * counted. One per test (or per test class); close it afterwards.
 */
public final class AoTestDatabase implements AutoCloseable {

    /** The namespace of the app's {@code <ao>} module, so tables get the prefix they get in Jira. */
    public static final String NAMESPACE = "dev.waypoint.waypoint-jira";

    private final StatementCounter statements = new StatementCounter();
    private final EmbeddedActiveObjects ao;

    public AoTestDatabase() {
        this.ao = EmbeddedActiveObjects.inMemory(NAMESPACE, statements::wrap);
        ao.migrate(AoSchema.ENTITIES);
        statements.reset();
    }

    public EmbeddedActiveObjects ao() {
        return ao;
    }

    public StatementCounter statements() {
        return statements;
    }

    @Override
    public void close() {
        ao.close();
    }
}
