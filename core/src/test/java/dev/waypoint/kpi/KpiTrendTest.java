package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiTrendTest {

    private static final KpiId KPI = new KpiId(1);

    @ParameterizedTest(name = "{0}: {1} -> {2} is {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, 100, 110, IMPROVING",
            "HIGHER_IS_BETTER, 100, 90, WORSENING",
            "LOWER_IS_BETTER, 100, 90, IMPROVING",
            "LOWER_IS_BETTER, 100, 110, WORSENING",
            "HIGHER_IS_BETTER, 100, 101, STEADY",
            "LOWER_IS_BETTER, 100, 99, STEADY",
            "LOWER_IS_BETTER, 100, 98.9, IMPROVING",
            "HIGHER_IS_BETTER, 0, 0, STEADY",
            "HIGHER_IS_BETTER, 0, 0.001, IMPROVING"})
    void givenMove_label_judgesItByDirectionWithOnePercentSteadyBand(KpiDirection direction, double reference,
            double current, TrendLabel expected) {
        assertThat(KpiTrend.label(direction, reference, current)).isEqualTo(expected);
    }

    @Test
    void givenDailyHistory_trend_comparesWithTheLatestValuesAtLeast7And30DaysEarlier() {
        List<KpiValue> history = List.of(
                KpiValue.of(KPI, daysAgo(35), 50),
                KpiValue.of(KPI, daysAgo(30), 40),
                KpiValue.of(KPI, daysAgo(29), 1),
                KpiValue.of(KPI, daysAgo(8), 30),
                KpiValue.of(KPI, daysAgo(7), 25),
                KpiValue.of(KPI, daysAgo(6.9), 2));
        KpiValue current = KpiValue.of(KPI, NOW, 20);

        Trend trend = KpiTrend.of(KpiDirection.LOWER_IS_BETTER, history, current);

        assertThat(trend.week().reference()).isEqualTo(25);
        assertThat(trend.week().delta()).isEqualTo(-5);
        assertThat(trend.week().label()).isEqualTo(TrendLabel.IMPROVING);
        assertThat(trend.month().reference()).isEqualTo(40);
        assertThat(trend.month().referenceAt()).isEqualTo(daysAgo(30));
        assertThat(trend.month().label()).isEqualTo(TrendLabel.IMPROVING);
    }

    @Test
    void givenErrorValuesAsReferences_trend_skipsThem() {
        List<KpiValue> history = List.of(
                KpiValue.of(KPI, daysAgo(9), 10),
                KpiValue.failed(KPI, daysAgo(8), KpiErrorCode.SEARCH_FAILED, "x"));

        Trend trend = KpiTrend.of(KpiDirection.HIGHER_IS_BETTER, history, KpiValue.of(KPI, NOW, 8));

        assertThat(trend.week().reference()).isEqualTo(10);
        assertThat(trend.week().label()).isEqualTo(TrendLabel.WORSENING);
    }

    @Test
    void givenShortHistory_trend_hasNoMonthlyChange() {
        Trend trend = KpiTrend.of(KpiDirection.HIGHER_IS_BETTER, List.of(KpiValue.of(KPI, daysAgo(10), 1)),
                KpiValue.of(KPI, NOW, 2));

        assertThat(trend.week()).isNotNull();
        assertThat(trend.month()).isNull();
    }

    @Test
    void givenNoCurrentValue_trend_isNone() {
        KpiValue failed = KpiValue.failed(KPI, NOW, KpiErrorCode.OWNER_INACTIVE, "bob");

        assertThat(KpiTrend.of(KpiDirection.HIGHER_IS_BETTER, List.of(KpiValue.of(KPI, daysAgo(10), 1)), failed))
                .isEqualTo(Trend.NONE);
        assertThat(KpiTrend.of(KpiDirection.HIGHER_IS_BETTER, List.of(), null)).isEqualTo(Trend.NONE);
    }
}
