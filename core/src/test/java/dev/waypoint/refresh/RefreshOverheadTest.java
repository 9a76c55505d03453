package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.agents;
import static dev.waypoint.kpi.testdata.KpiTestData.perAgentOfGroup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The job's own overhead for 200 KPIs (selection, ordering, evaluation bookkeeping, storing values), with searches and
 * storage that cost nothing: median under 50 ms (DESIGN §6 budget; the JMH benchmark in benchmarks/ measures it
 * precisely). Each run starts from empty values so that all 200 KPIs are due.
 */
class RefreshOverheadTest {

    @Test
    void given200Kpis_refreshRun_hasAMedianOverheadUnder50Milliseconds() {
        RefreshWorld world = new RefreshWorld();
        world.users.group("support", agents("agent", 20));
        InMemoryKpiRepository kpis = world.kpis;
        for (int i = 0; i < 150; i++) {
            world.store(aKpi().source(new KpiSource.JqlCount("project = P" + i)));
        }
        for (int i = 0; i < 50; i++) {
            world.store(aKpi().source(perAgentOfGroup("project = Q" + i, "support")));
        }
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < 25; run++) {
            KpiValueRepository values = new InMemoryKpiValueRepository();
            KpiRefresher refresher = new KpiRefresher(kpis, values, world.evaluator());
            long start = System.nanoTime();
            KpiRefreshOutcome outcome = refresher.refresh(
                    new RefreshBudget(Clock.systemUTC(), Duration.ofMinutes(1)), world.clock.instant(),
                    world.settings);
            nanos.add(System.nanoTime() - start);
            assertThat(outcome.refreshed()).hasSize(200);
        }

        long median = nanos.stream().sorted().toList().get(nanos.size() / 2);
        assertThat(Duration.ofNanos(median)).isLessThan(Duration.ofMillis(50));
    }
}
