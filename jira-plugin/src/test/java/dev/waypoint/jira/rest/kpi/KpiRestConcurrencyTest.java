package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.ao.AoDatabaseExtension;
import dev.waypoint.jira.ao.AoTestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link KpiRestConcurrencyContract} on HSQLDB. */
class KpiRestConcurrencyTest extends KpiRestConcurrencyContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected AoTestDatabase database() {
        return DATABASE.database();
    }
}
