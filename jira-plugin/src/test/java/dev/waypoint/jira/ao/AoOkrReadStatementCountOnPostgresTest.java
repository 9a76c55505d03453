package dev.waypoint.jira.ao;

import static dev.waypoint.jira.ao.AoOkrReadStatementCountTest.statementsToLoad;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AoOkrReadStatementCountTest} on PostgreSQL: the same four statements as on HSQLDB, at both sizes. */
class AoOkrReadStatementCountOnPostgresTest {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Test
    void givenSmallAndLargeCycle_loadingOnPostgresql_costsTheSameStatementsAsOnHsqldb() {
        int small = statementsToLoad(DATABASE.database(), 2, 2, 1, 1);
        int large = statementsToLoad(DATABASE.database(), 50, 5, 10, 3);
        int onHsqldb;
        try (AoTestDatabase hsqldb = new AoTestDatabase()) {
            onHsqldb = statementsToLoad(hsqldb, 50, 5, 10, 3);
        }

        System.out.printf("cycle load statements: PostgreSQL %d (small), %d (large); HSQLDB %d%n", small, large,
                onHsqldb);
        assertThat(small).isEqualTo(4);
        assertThat(large).isEqualTo(small).isEqualTo(onHsqldb);
    }
}
