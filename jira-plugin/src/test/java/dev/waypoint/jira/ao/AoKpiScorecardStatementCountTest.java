package dev.waypoint.jira.ao;

import static dev.waypoint.kpi.testdata.KpiTestData.BOB;
import static dev.waypoint.kpi.testdata.KpiTestData.CLOCK;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.kpi.KpiScorecardQuery;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue budget: reading a scorecard of 30 KPIs with 90 days of daily values costs 2 SQL statements on real AO over
 * HSQLDB, whatever the number of KPIs and days: the KPIs the viewer may see ({@code VisibleKpis}, one more per level of
 * composite nesting) and their history ({@code KpiReadService}, one more for KPIs without a recent value), through
 * the use case the dashboard item calls ({@link KpiScorecardQuery}); the same on PostgreSQL in
 * {@link AoKpiScorecardStatementCountOnPostgresTest}.
 */
class AoKpiScorecardStatementCountTest {

    /** The statements of the scorecard budget. */
    static final int BUDGET = 2;

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
        KpiScorecardQuery service = new KpiScorecardQuery(new KpiAccess(() -> Optional.of(BOB),
                new VisibleKpis(kpis, new KpiPermissions(new Permissions(
                        new InMemoryAccessFacts().licensed(BOB.value()))))),
                new KpiReadService(values, CLOCK));
        database.statements().reset();

        List<KpiCard> cards = service.ofKpis(ids, days).cards();

        assertThat(cards).hasSize(kpiCount);
        assertThat(cards).allSatisfy(card -> assertThat(card.history()).hasSize(days));
        return database.statements().count();
    }

    @Test
    void givenSmallAndLargeScorecards_reading_costsTheSameTwoStatements() {
        int small = statementsForScorecard(DATABASE.database(), 2, 5);
        int large = statementsForScorecard(DATABASE.database(), 30, 90);

        assertThat(small).isEqualTo(BUDGET);
        assertThat(large).isEqualTo(small);
    }
}
