package dev.waypoint.kpi;

import static dev.waypoint.kpi.KpiDirection.HIGHER_IS_BETTER;
import static dev.waypoint.kpi.KpiDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KpiHealthTest {

    private static final HealthBands RESOLUTION_RATE = new HealthBands(HIGHER_IS_BETTER, 0.95, 0.9);
    private static final HealthBands OPEN_PER_AGENT = new HealthBands(LOWER_IS_BETTER, 20, 30d);

    @ParameterizedTest(name = "higher is better, target 0.95, warning 0.9: {0} is {1}")
    @CsvSource({"1.0, GREEN", "0.95, GREEN", "0.9499, AMBER", "0.9, AMBER", "0.8999, RED", "-5, RED"})
    void givenHigherIsBetterWithWarning_health_followsTheBands(double value, Health expected) {
        assertThat(KpiHealth.of(RESOLUTION_RATE, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lower is better, target 20, warning 30: {0} is {1}")
    @CsvSource({"0, GREEN", "20, GREEN", "20.5, AMBER", "30, AMBER", "30.01, RED", "1000, RED"})
    void givenLowerIsBetterWithWarning_health_followsTheMirroredBands(double value, Health expected) {
        assertThat(KpiHealth.of(OPEN_PER_AGENT, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, target 10, no warning: {1} is {2}")
    @CsvSource({"HIGHER_IS_BETTER, 10, GREEN", "HIGHER_IS_BETTER, 9.99, RED", "LOWER_IS_BETTER, 10, GREEN",
            "LOWER_IS_BETTER, 10.01, RED"})
    void givenNoWarningBound_health_isOnlyGreenOrRed(KpiDirection direction, double value, Health expected) {
        assertThat(KpiHealth.of(new HealthBands(direction, 10, null), value)).isEqualTo(expected);
    }

    @Test
    void givenNoValue_health_isUnknown() {
        assertThat(KpiHealth.of(OPEN_PER_AGENT, (Double) null)).isEqualTo(Health.UNKNOWN);
        assertThat(KpiHealth.of(OPEN_PER_AGENT, Double.NaN)).isEqualTo(Health.UNKNOWN);
        assertThat(KpiHealth.of(OPEN_PER_AGENT, (KpiValue) null)).isEqualTo(Health.UNKNOWN);
    }

    @Test
    void givenErrorValue_health_isUnknown() {
        KpiValue failed = KpiValue.failed(new KpiId(1), java.time.Instant.EPOCH, KpiErrorCode.SEARCH_FAILED, "x");

        assertThat(KpiHealth.of(OPEN_PER_AGENT, failed)).isEqualTo(Health.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}, target {1}, warning {2} is on the wrong side")
    @CsvSource({"HIGHER_IS_BETTER, 10, 11", "HIGHER_IS_BETTER, 10, 10", "LOWER_IS_BETTER, 10, 9",
            "LOWER_IS_BETTER, 10, 10"})
    void givenWarningOnTheWrongSideOfTheTarget_bands_areRefused(KpiDirection direction, double target,
            double warning) {
        assertThat(HealthBands.isWarningOnUnhealthySide(direction, target, warning)).isFalse();
        assertThatThrownBy(() -> new HealthBands(direction, target, warning))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAmberSetting_isUnhealthy_countsAmberOnlyWhenAsked() {
        assertThat(Health.RED.isUnhealthy(false)).isTrue();
        assertThat(Health.AMBER.isUnhealthy(false)).isFalse();
        assertThat(Health.AMBER.isUnhealthy(true)).isTrue();
        assertThat(Health.GREEN.isUnhealthy(true)).isFalse();
        assertThat(Health.UNKNOWN.isUnhealthy(true)).isFalse();
    }
}
