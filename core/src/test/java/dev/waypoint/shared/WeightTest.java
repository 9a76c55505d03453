package dev.waypoint.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 1e12 + 1, Double.NaN, Double.POSITIVE_INFINITY})
    void givenInvalidValue_constructor_isRefused(double value) {
        assertThat(Weight.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Weight(value));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 1, 100_000, 1e12})
    void givenValidValue_constructor_keepsIt(double value) {
        assertThat(new Weight(value).value()).isEqualTo(value);
    }
}
