package dev.waypoint.benchmarks;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.Rollup;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.Weight;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Issue budget: roll-up of one cycle with 100,000 key results across 20,000 objectives, median under 25 ms on one
 * core. Measures what a page does with stored values: the progress of every key result from its latest value, then
 * every objective's weighted roll-up through a three-level alignment tree (20 company objectives, 2,000 team
 * objectives under them, the rest individual objectives under the teams), all contributing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RollupBenchmark {

    static final int OBJECTIVES = 20_000;
    static final int KEY_RESULTS = 100_000;

    private List<Objective> objectives;
    private List<KeyResult> keyResults;
    private Map<KeyResultId, Double> latestValues;

    @Setup
    public void createCycle() {
        Random random = new Random(42);
        CycleId cycle = new CycleId(1);
        ProjectKey project = new ProjectKey("TEAM");
        objectives = new ArrayList<>(OBJECTIVES);
        for (int i = 1; i <= OBJECTIVES; i++) {
            ObjectiveLevel level = i <= 20 ? ObjectiveLevel.COMPANY : i <= 2_020 ? ObjectiveLevel.TEAM
                    : ObjectiveLevel.INDIVIDUAL;
            ObjectiveId parent = i <= 20 ? null : i <= 2_020 ? new ObjectiveId(1 + (i % 20))
                    : new ObjectiveId(21 + (i % 2_000));
            objectives.add(new Objective(new ObjectiveId(i), cycle, "Objective " + i, null, level, null,
                    Commitment.ASPIRATIONAL, null, level == ObjectiveLevel.COMPANY ? null : project, parent, true,
                    new Weight(1 + random.nextInt(5)), null, ObjectiveState.ACTIVE, null, 0));
        }
        keyResults = new ArrayList<>(KEY_RESULTS);
        latestValues = new HashMap<>();
        for (int i = 1; i <= KEY_RESULTS; i++) {
            boolean decrease = random.nextBoolean();
            Measure.Metric metric = decrease ? new Measure.Metric(100, 20) : new Measure.Metric(0, 100);
            KeyResultId id = new KeyResultId(i);
            keyResults.add(new KeyResult(id, new ObjectiveId(1 + (i % OBJECTIVES)), "Key result " + i, null,
                    new Weight(1 + random.nextInt(3)), null, metric, ValueSource.manual(), 0));
            latestValues.put(id, random.nextDouble() * 120);
        }
    }

    @Benchmark
    public Map<ObjectiveId, Progress> rollUpCycle() {
        Map<KeyResultId, Progress> progress = new HashMap<>(KEY_RESULTS * 2);
        for (KeyResult keyResult : keyResults) {
            progress.put(keyResult.id(), KeyResultProgress.metric((Measure.Metric) keyResult.measure(),
                    latestValues.get(keyResult.id())));
        }
        return Rollup.objectives(objectives, keyResults, progress);
    }
}
