package dev.waypoint.jira.ao;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AoConcurrencyContract} on PostgreSQL. */
class AoConcurrencyOnPostgresTest extends AoConcurrencyContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected AoTestDatabase database() {
        return DATABASE.database();
    }
}
