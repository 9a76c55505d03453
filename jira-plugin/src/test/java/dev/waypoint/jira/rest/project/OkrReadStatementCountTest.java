package dev.waypoint.jira.rest.project;

import dev.waypoint.jira.ao.AoDatabaseExtension;
import dev.waypoint.jira.ao.AoTestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OkrReadStatementCountContract} on HSQLDB. */
class OkrReadStatementCountTest extends OkrReadStatementCountContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected AoTestDatabase database() {
        return DATABASE.database();
    }
}
