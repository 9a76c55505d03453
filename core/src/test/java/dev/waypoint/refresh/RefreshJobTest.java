package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.Retention;
import dev.waypoint.objective.Objective;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshJobTest {

    private final RefreshWorld world = new RefreshWorld();

    @Test
    void givenKpiAndKeyResultBoundToIt_run_refreshesTheKpiFirstSoTheKeyResultTakesTheFreshValue() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(1)), 50));
        Cycle cycle = world.okr.store(aCycle());
        Objective objective = world.okr.store(anObjective(cycle.id()));
        KeyResult bound = world.okr.store(aKeyResult(objective.id()).metric(60, 20)
                .source(new ValueSource.Kpi(kpi.id())));
        world.search.count("open", 35);

        RefreshReport report = world.job().run(Duration.ofMinutes(1));

        assertThat(report.kpis().refreshed()).containsExactly(kpi.id());
        assertThat(report.keyResults().refreshed()).containsExactly(bound.id());
        assertThat(world.okr.checkIns.findByKeyResultIds(List.of(bound.id())).get(0).numericValue()).isEqualTo(35);
        assertThat(report.hasLeftovers()).isFalse();
        assertThat(report.stageFailures()).isEmpty();
    }

    @Test
    void givenTheAdminsRetentionOf7Days_run_compactsValuesOlderThan7Days() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.Manual()));
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(10)), 1));
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(10)).plusSeconds(60), 2));
        RefreshSettings d = RefreshSettings.DEFAULTS;
        world.settings = new RefreshSettings(d.keyResultRefreshMinutes(), d.epicChildrenJql(), d.maxAgents(),
                d.assigneeSampleCap(), d.linkedIssueCap(), Retention.ofDays(7));

        RefreshReport report = world.job().run(Duration.ofMinutes(1));

        assertThat(report.valuesCompacted()).isEqualTo(1);
        assertThat(world.values.all()).extracting(KpiValue::value).containsExactly(2d);
    }

    @Test
    void givenTwoRunsOnTheSameDay_run_compactsValuesOnlyOnce() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.Manual()));
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(40)), 1));
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(40)).plusSeconds(60), 2));
        RefreshJob job = world.job();

        RefreshReport first = job.run(Duration.ofMinutes(1));
        RefreshReport second = job.run(Duration.ofMinutes(1));

        assertThat(first.valuesCompacted()).isEqualTo(1);
        assertThat(second.valuesCompacted()).isZero();
        assertThat(world.values.calls("compact")).isEqualTo(1);
        world.clock.advance(Duration.ofDays(1));
        job.run(Duration.ofMinutes(1));
        assertThat(world.values.calls("compact")).isEqualTo(2);
    }

    @Test
    void givenTwoNodesTakingTurnsOnOneDay_run_compactsOnlyOnceBetweenThem() {
        RefreshJob nodeA = world.job();
        RefreshJob nodeB = world.job();

        nodeA.run(Duration.ofMinutes(1));
        world.clock.advance(Duration.ofMinutes(1));
        nodeB.run(Duration.ofMinutes(1));

        assertThat(world.values.calls("compact")).isEqualTo(1);
        world.clock.advance(Duration.ofDays(1));
        nodeB.run(Duration.ofMinutes(1));
        nodeA.run(Duration.ofMinutes(1));
        assertThat(world.values.calls("compact")).isEqualTo(2);
    }

    @Test
    void givenKpiStageFailingAsAWhole_run_stillRefreshesKeyResultsAndReportsTheFailure() {
        Cycle cycle = world.okr.store(aCycle());
        Objective objective = world.okr.store(anObjective(cycle.id()));
        KeyResult jql = world.okr.store(aKeyResult(objective.id()).source(new ValueSource.Jql("a = 1")));
        KpiRepository unavailable = (KpiRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KpiRepository.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("database unavailable");
                });
        KpiRefresher broken = new KpiRefresher(unavailable, world.values, world.evaluator());
        RefreshJob job = new RefreshJob(broken, world.keyResultRefresher(), world.values, world.claims, () -> world.settings,
                world.clock);

        RefreshReport report = job.run(Duration.ofMinutes(1));

        assertThat(report.stageFailures()).containsExactly("kpis: IllegalStateException: database unavailable");
        assertThat(report.keyResults().refreshed()).containsExactly(jql.id());
    }

    @Test
    void givenBudgetUsedUpByKpis_run_leavesKeyResultsAndCompactionForLater() {
        for (int i = 0; i < 3; i++) {
            world.store(aKpi().source(new KpiSource.JqlCount("q" + i)));
        }
        Cycle cycle = world.okr.store(aCycle());
        Objective objective = world.okr.store(anObjective(cycle.id()));
        world.okr.store(aKeyResult(objective.id()).source(new ValueSource.Jql("a = 1")));
        world.search.beforeEachSearch(() -> world.clock.advance(Duration.ofSeconds(10)));

        RefreshReport report = world.job().run(Duration.ofSeconds(15));

        assertThat(report.kpis().refreshed()).hasSize(2);
        assertThat(report.kpis().left()).hasSize(1);
        assertThat(report.keyResults().refreshed()).isEmpty();
        assertThat(report.hasLeftovers()).isTrue();
        assertThat(world.values.calls("compact")).isZero();
        assertThat(report.finished()).isAfter(report.started());
    }
}
