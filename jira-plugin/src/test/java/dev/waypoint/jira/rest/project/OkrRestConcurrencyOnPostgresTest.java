package dev.waypoint.jira.rest.project;

import dev.waypoint.jira.ao.AoDatabaseExtension;
import dev.waypoint.jira.ao.AoTestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OkrRestConcurrencyContract} on PostgreSQL. */
class OkrRestConcurrencyOnPostgresTest extends OkrRestConcurrencyContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected AoTestDatabase database() {
        return DATABASE.database();
    }
}
