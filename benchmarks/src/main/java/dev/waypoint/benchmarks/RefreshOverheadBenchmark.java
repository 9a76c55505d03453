package dev.waypoint.benchmarks;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.agents;
import static dev.waypoint.kpi.testdata.KpiTestData.perAgentOfGroup;

import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.refresh.KpiRefreshOutcome;
import dev.waypoint.refresh.KpiRefresher;
import dev.waypoint.refresh.RefreshBudget;
import dev.waypoint.refresh.RefreshWorld;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue budget: the refresh job's own overhead (excluding search time) for 200 KPIs, 50 of them PER_AGENT with 20
 * agents each: median under 50 ms. Searches and storage are in-memory fakes that cost (almost) nothing; every run
 * starts from empty values so that all 200 KPIs are due.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RefreshOverheadBenchmark {

    private RefreshWorld world;

    @Setup
    public void create200Kpis() {
        world = new RefreshWorld();
        world.users.group("support", agents("agent", 20));
        for (int i = 0; i < 150; i++) {
            world.store(aKpi().source(new KpiSource.JqlCount("project = P" + i)));
        }
        for (int i = 0; i < 50; i++) {
            world.store(aKpi().source(perAgentOfGroup("project = Q" + i, "support")));
        }
    }

    @Benchmark
    public KpiRefreshOutcome refresh200Kpis() {
        KpiRefresher refresher = new KpiRefresher(world.kpis, new InMemoryKpiValueRepository(), world.evaluator());
        KpiRefreshOutcome outcome = refresher.refresh(new RefreshBudget(Clock.systemUTC(), Duration.ofMinutes(1)),
                world.clock.instant(), world.settings);
        if (outcome.refreshed().size() != 200) {
            throw new IllegalStateException("refreshed " + outcome.refreshed().size() + " KPIs, not 200");
        }
        return outcome;
    }
}
