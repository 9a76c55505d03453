package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    @ParameterizedTest
    @CsvSource({
        "1, 3.0776835", "2, 1.8856181", "10, 1.3721836", "30, 1.3104150",
        "31, 1.3094635", "40, 1.3030771", "100, 1.2900748", "1000, 1.2823987"})
    void givenDegreesOfFreedom_quantile90_matchesScipy(int degreesOfFreedom, double expected) {
        // expected: scipy.stats.t.ppf(0.9, df)
        assertThat(StudentT.quantile90(degreesOfFreedom)).isCloseTo(expected, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void givenNoDegreeOfFreedom_quantile90_isRefused(int degreesOfFreedom) {
        assertThatIllegalArgumentException().isThrownBy(() -> StudentT.quantile90(degreesOfFreedom));
    }
}
