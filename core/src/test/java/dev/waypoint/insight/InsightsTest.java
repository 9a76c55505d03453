package dev.waypoint.insight;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import org.junit.jupiter.api.Test;

class InsightsTest {

    private final InsightWorld world = new InsightWorld();

    @Test
    void givenSeveralProblems_compute_ordersInsightsByTypeAndIsRepeatable() {
        Cycle cycle = world.okr.store(aCycle());
        Objective objective = world.okr.store(anObjective(cycle.id()).ownedBy(null));
        world.okr.store(aKeyResult(objective.id()).source(new ValueSource.Jql("a")));
        Kpi ratio = world.store(aKpi().named("FCR").source(new KpiSource.JqlRatio("a", "b")));
        world.values.add(KpiValue.failed(ratio.id(), KpiTestData.daysAgo(1), KpiErrorCode.DENOMINATOR_ZERO, ""));
        Kpi red = world.store(aKpi().named("Backlog").bands(KpiDirection.LOWER_IS_BETTER, 10, null));
        world.value(red, 10, 50);
        world.value(red, 0, 60);
        InsightSnapshot snapshot = world.snapshot();

        var insights = Insights.compute(snapshot, InsightSettings.DEFAULTS);

        assertThat(insights).extracting(Insight::type).containsExactly(InsightType.KPI_NEEDS_OKR,
                InsightType.NO_OWNER, InsightType.DENOMINATOR_ZERO);
        assertThat(Insights.compute(snapshot, InsightSettings.DEFAULTS)).isEqualTo(insights);
    }

    @Test
    void givenEmptySnapshot_compute_findsNothing() {
        assertThat(world.insights()).isEmpty();
    }
}
