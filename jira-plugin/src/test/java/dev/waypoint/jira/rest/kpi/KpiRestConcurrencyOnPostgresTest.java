package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.ao.AoDatabaseExtension;
import dev.waypoint.jira.ao.AoTestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link KpiRestConcurrencyContract} on PostgreSQL. */
class KpiRestConcurrencyOnPostgresTest extends KpiRestConcurrencyContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected AoTestDatabase database() {
        return DATABASE.database();
    }
}
