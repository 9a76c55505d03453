package dev.waypoint.jira.ao;

import static dev.waypoint.kpi.testdata.KpiTestData.BOB;
import static dev.waypoint.kpi.testdata.KpiTestData.CLOCK;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.fake.FakeScopeAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue budget: reading a scorecard of 30 KPIs with 90 days of daily values costs at most 3 SQL statements on real AO
 * over HSQLDB, whatever the number of KPIs and days (the KPIs, their latest values, their history); the same on
 * PostgreSQL in {@link AoKpiScorecardStatementCountOnPostgresTest}.
 */
class AoKpiScorecardStatementCountTest {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    /** Stores a scorecard of the given size in the emptied {@code database}; returns the statements reading it cost. */
    static int statementsForScorecard(AoTestDatabase database, int kpiCount, int days) {
        database.empty();
        AoKpiRepository kpis = new AoKpiRepository(database.ao());
        AoKpiValueRepository values = new AoKpiValueRepository(database.ao());
        List<KpiId> ids = new ArrayList<>();
        for (int k = 0; k < kpiCount; k++) {
            Kpi kpi = kpis.insert(aKpi().global().named("KPI " + k).build());
            ids.add(kpi.id());
            for (int d = 0; d < days; d++) {
                values.append(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(d)), 10 + d));
            }
        }
        KpiReadService service = new KpiReadService(kpis, values, new FakeScopeAccess(), CLOCK);
        database.statements().reset();

        List<KpiCard> cards = service.scorecard(BOB, ids, days);

        assertThat(cards).hasSize(kpiCount);
        assertThat(cards).allSatisfy(card -> assertThat(card.history()).hasSize(days));
        return database.statements().count();
    }

    @Test
    void givenSmallAndLargeScorecards_reading_costsTheSameThreeStatements() {
        int small = statementsForScorecard(DATABASE.database(), 2, 5);
        int large = statementsForScorecard(DATABASE.database(), 30, 90);

        assertThat(small).isLessThanOrEqualTo(3);
        assertThat(large).isEqualTo(small);
    }
}
