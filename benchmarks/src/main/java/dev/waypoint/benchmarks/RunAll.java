package dev.waypoint.benchmarks;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark of the issues' budgets: first the SQL-statement counts (deterministic), then the JMH timings.
 * {@code java -jar benchmarks/target/benchmarks.jar [jmh-regex | --statements-only]}.
 */
public final class RunAll {

    private RunAll() {
    }

    public static void main(String[] args) throws RunnerException {
        for (StatementBudget budget : StatementBudgets.all()) {
            budget.run(System.out);
        }
        if (args.length > 0 && args[0].equals("--statements-only")) {
            return;
        }
        String include = args.length > 0 ? args[0] : ".*Benchmark.*";
        Options options = new OptionsBuilder().include(include).build();
        new Runner(options).run();
    }
}
