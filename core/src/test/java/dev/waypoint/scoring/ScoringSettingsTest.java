package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScoringSettingsTest {

    @Test
    void givenNothing_defaults_areThoseOfTheDesign() {
        ScoringSettings defaults = ScoringSettings.defaults();

        assertThat(defaults).isEqualTo(new ScoringSettings(0.10, 0.30, 3, 0.7, 0.4, 0.2));
    }

    @Test
    void givenEveryValueOutOfRange_constructor_reportsEveryField() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ScoringSettings(-0.1, Double.NaN, 11, 1.5, Double.POSITIVE_INFINITY, 2));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("onTrackMargin", "atRiskMargin",
                "lowConfidence", "greenFrom", "yellowFrom", "overrideNoteThreshold");
        assertThat(e.errors().get(0).message()).isEqualTo("On-track margin must be a number from 0 to 1, was -0.1");
    }

    @Test
    void givenInconsistentOrder_constructor_reportsTheDependentFields() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ScoringSettings(0.3, 0.1, 3, 0.4, 0.7, 0.2));

        assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly(
                "waypoint.scoring.atRiskMargin.belowOnTrack", "waypoint.scoring.yellowFrom.aboveGreen");
    }
}
