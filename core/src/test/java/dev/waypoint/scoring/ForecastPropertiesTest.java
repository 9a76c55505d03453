package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class ForecastPropertiesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Property
    void givenPerfectlyLinearValues_linear_isExactAtTheCycleEnd(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(6) double intercept,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) @Scale(6) double slope,
            @ForAll @Size(min = 2, max = 30) @UniqueElements Set<@IntRange(min = 0, max = 365) Integer> days,
            @ForAll @IntRange(min = 0, max = 730) int endDay) {
        List<DataPoint> points = days.stream()
                .map(day -> new DataPoint(START.plusDays(day), intercept + slope * day)).toList();

        ValueForecast forecast = Forecast.linear(points, START.plusDays(endDay)).orElseThrow();

        double exact = intercept + slope * endDay;
        double tolerance = 1e-7 * (1 + Math.abs(intercept) + Math.abs(slope) * 730);
        assertThat(forecast.value()).isCloseTo(exact, within(tolerance));
        if (forecast.hasInterval()) {
            assertThat(forecast.upper() - forecast.lower()).isCloseTo(0, within(tolerance));
        }
    }
}
