package dev.waypoint.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.kpi.DurationStatistic;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DurationStatisticsTest {

    private static final List<Long> TEN = List.of(10L, 1L, 9L, 2L, 8L, 3L, 7L, 4L, 6L, 100L);

    @Test
    void givenSample_mean_isTheArithmeticMean() {
        assertThat(DurationStatistics.compute(DurationStatistic.MEAN, TEN)).isEqualTo(15);
    }

    @Test
    void givenEvenAndOddSamples_median_isTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(DurationStatistics.compute(DurationStatistic.MEDIAN, TEN)).isEqualTo(6.5);
        assertThat(DurationStatistics.compute(DurationStatistic.MEDIAN, List.of(5L, 1L, 3L))).isEqualTo(3);
    }

    @Test
    void givenSample_p90_isTheNearestRank() {
        assertThat(DurationStatistics.compute(DurationStatistic.P90, TEN)).isEqualTo(10);
        assertThat(DurationStatistics.compute(DurationStatistic.P90, List.of(42L))).isEqualTo(42);
        assertThat(DurationStatistics.compute(DurationStatistic.P90,
                LongStream.rangeClosed(1, 20).boxed().toList())).isEqualTo(18);
    }

    @Test
    void givenEmptySample_compute_isAProgrammingError() {
        assertThatThrownBy(() -> DurationStatistics.compute(DurationStatistic.MEAN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
