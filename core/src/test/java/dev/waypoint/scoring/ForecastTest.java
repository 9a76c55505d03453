package dev.waypoint.scoring;

import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 1, 1);
    private static final KeyResultId KR = new KeyResultId(1);

    @Test
    void givenFourNoisyPoints_linear_matchesTheTextbookLineAndInterval() {
        // expected values from numpy.polyfit and scipy.stats.t.ppf(0.9, 2)
        List<DataPoint> points = List.of(point(0, 1), point(1, 3), point(2, 2), point(3, 5));

        ValueForecast forecast = Forecast.linear(points, DAY1.plusDays(9)).orElseThrow();

        assertThat(forecast.value()).isCloseTo(11.0, within(1e-9));
        assertThat(forecast.lower()).isCloseTo(3.2540333, within(1e-6));
        assertThat(forecast.upper()).isCloseTo(18.7459667, within(1e-6));
        assertThat(forecast.points()).isEqualTo(4);
    }

    @Test
    void givenThreePoints_linear_forecastsWithoutInterval() {
        ValueForecast forecast = Forecast.linear(List.of(point(0, 0), point(1, 1), point(2, 2)), DAY1.plusDays(10))
                .orElseThrow();

        assertThat(forecast.value()).isCloseTo(10, within(1e-9));
        assertThat(forecast.hasInterval()).isFalse();
    }

    @Test
    void givenTooFewPointsOrDays_linear_forecastsNothing() {
        assertThat(Forecast.linear(List.of(point(0, 1)), DAY1.plusDays(5))).isEmpty();
        assertThat(Forecast.linear(List.of(point(2, 1), point(2, 3), point(2, 5)), DAY1.plusDays(5))).isEmpty();
    }

    @Test
    void givenResponseTimeFalling_progress_forecastsProgressOfTheDecreaseWithOrderedBounds() {
        Measure.Metric hours = new Measure.Metric(8, 4);
        List<CheckIn> history = List.of(checkIn(0, 8), checkIn(10, 7.4), checkIn(20, 6.9), checkIn(30, 6.1));

        ProgressForecast forecast = Forecast.progress(hours, history, DAY1.plusDays(89)).orElseThrow();

        assertThat(forecast.values().value()).isLessThan(6.1);
        assertThat(forecast.expected().unclamped())
                .isCloseTo((8 - forecast.values().value()) / 4, within(1e-9));
        assertThat(forecast.lower().unclamped()).isLessThan(forecast.expected().unclamped());
        assertThat(forecast.upper().unclamped()).isGreaterThan(forecast.expected().unclamped());
    }

    @Test
    void givenThresholdIntervalReachingTheBand_progress_hasUpperBoundOne() {
        Measure.Threshold keepBelow = new Measure.Threshold(null, 10.0, 5, Judgement.LATEST);
        List<CheckIn> history = List.of(checkIn(0, 9), checkIn(1, 13), checkIn(2, 10), checkIn(3, 14));

        ProgressForecast forecast = Forecast.progress(keepBelow, history, DAY1.plusDays(4)).orElseThrow();

        assertThat(forecast.values().lower()).isLessThan(10);
        assertThat(forecast.upper().clamped()).isEqualTo(1);
        assertThat(forecast.lower().clamped()).isLessThan(forecast.expected().clamped());
    }

    @Test
    void givenRefreshedIssueProgress_progress_forecastsTheProgressSeries() {
        Measure.Issues issues = new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, null);
        List<CheckIn> history = List.of(aCheckIn(KR).value(0.1).refreshed().effective(DAY1).build(),
                aCheckIn(KR).value(0.2).refreshed().effective(DAY1.plusDays(1)).build(),
                aCheckIn(KR).noValue().comment("manual note").effective(DAY1.plusDays(1)).build());

        ProgressForecast forecast = Forecast.progress(issues, history, DAY1.plusDays(9)).orElseThrow();

        assertThat(forecast.expected().unclamped()).isCloseTo(1.0, within(1e-9));
        assertThat(forecast.values().points()).isEqualTo(2);
    }

    @Test
    void givenMilestoneCheckIns_progress_forecastsTheirProgress() {
        Measure.Milestone binary = new Measure.Milestone(List.of());
        List<CheckIn> history = List.of(aCheckIn(KR).milestones(false).effective(DAY1).build(),
                aCheckIn(KR).milestones(true).effective(DAY1.plusDays(1)).build());

        assertThat(Forecast.progress(binary, history, DAY1.plusDays(1)).orElseThrow().expected().clamped())
                .isCloseTo(1, within(1e-9));
    }

    private static DataPoint point(int day, double value) {
        return new DataPoint(DAY1.plusDays(day), value);
    }

    private static CheckIn checkIn(int day, double value) {
        return aCheckIn(KR).value(value).effective(DAY1.plusDays(day)).build();
    }
}
