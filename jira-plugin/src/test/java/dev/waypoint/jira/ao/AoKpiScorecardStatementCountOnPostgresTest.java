package dev.waypoint.jira.ao;

import static dev.waypoint.jira.ao.AoKpiScorecardStatementCountTest.statementsForScorecard;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AoKpiScorecardStatementCountTest} on PostgreSQL: the same statements as on HSQLDB, at both sizes. */
class AoKpiScorecardStatementCountOnPostgresTest {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Test
    void givenSmallAndLargeScorecards_readingOnPostgresql_costsTheSameStatementsAsOnHsqldb() {
        int small = statementsForScorecard(DATABASE.database(), 2, 5);
        int large = statementsForScorecard(DATABASE.database(), 30, 90);
        int onHsqldb;
        try (AoTestDatabase hsqldb = new AoTestDatabase()) {
            onHsqldb = statementsForScorecard(hsqldb, 30, 90);
        }

        System.out.printf("scorecard statements: PostgreSQL %d (2 KPIs x 5 days), %d (30 x 90); HSQLDB %d%n", small,
                large, onHsqldb);
        assertThat(small).isEqualTo(AoKpiScorecardStatementCountTest.BUDGET);
        assertThat(large).isEqualTo(small).isEqualTo(onHsqldb);
    }
}
