package dev.waypoint.jira.rest.project;

import dev.waypoint.jira.ao.AoDatabaseExtension;
import dev.waypoint.jira.ao.AoTestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OkrReadStatementCountContract} on PostgreSQL. */
class OkrReadStatementCountOnPostgresTest extends OkrReadStatementCountContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected AoTestDatabase database() {
        return DATABASE.database();
    }
}
