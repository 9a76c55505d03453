package dev.waypoint.jira.ao;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AoConcurrencyContract} on HSQLDB. */
class AoConcurrencyTest extends AoConcurrencyContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected AoTestDatabase database() {
        return DATABASE.database();
    }
}
