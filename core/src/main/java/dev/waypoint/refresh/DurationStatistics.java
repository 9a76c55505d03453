package dev.waypoint.refresh;

import dev.waypoint.kpi.DurationStatistic;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/** The statistics of a DURATION KPI over a sample of durations in seconds. Pure. */
public final class DurationStatistics {

    private DurationStatistics() {
    }

    /**
     * MEAN: arithmetic mean. MEDIAN: the middle value, or the mean of the two middle values. P90: nearest rank, the
     * value at position {@code ceil(0.9 n)} (1-based) of the sorted sample.
     *
     * @param seconds not empty
     */
    public static double compute(DurationStatistic statistic, Collection<Long> seconds) {
        Objects.requireNonNull(statistic, "'statistic' must not be null");
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("'seconds' must not be empty");
        }
        long[] sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return switch (statistic) {
            case MEAN -> Arrays.stream(sorted).average().orElseThrow();
            case MEDIAN -> n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
            case P90 -> sorted[(int) Math.ceil(0.9 * n) - 1];
        };
    }
}
