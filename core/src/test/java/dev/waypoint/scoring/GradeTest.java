package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradeTest {

    private static final ScoringSettings DEFAULTS = ScoringSettings.defaults();

    @Test
    void givenScores_band_followsMeasureWhatMattersColours() {
        // landscape §5.1: 0.7-1.0 green, 0.4-0.6 yellow, 0.0-0.3 red (DESIGN: 0.4-0.69 yellow, 0-0.39 red)
        assertThat(Grade.band(1.0, DEFAULTS)).isEqualTo(GradeBand.GREEN);
        assertThat(Grade.band(0.7, DEFAULTS)).isEqualTo(GradeBand.GREEN);
        assertThat(Grade.band(0.69, DEFAULTS)).isEqualTo(GradeBand.YELLOW);
        assertThat(Grade.band(0.4, DEFAULTS)).isEqualTo(GradeBand.YELLOW);
        assertThat(Grade.band(0.39, DEFAULTS)).isEqualTo(GradeBand.RED);
        assertThat(Grade.band(0.0, DEFAULTS)).isEqualTo(GradeBand.RED);
    }

    @Test
    void givenAdminBands_band_usesThem() {
        ScoringSettings bands = new ScoringSettings(0.1, 0.3, 3, 0.9, 0.5, 0.2);

        assertThat(Grade.band(0.8, bands)).isEqualTo(GradeBand.YELLOW);
        assertThat(Grade.band(0.45, bands)).isEqualTo(GradeBand.RED);
    }

    @Test
    void givenOverrides_overrideNeedsNote_onlyBeyondTheThreshold() {
        assertThat(Grade.overrideNeedsNote(0.7, 0.9, DEFAULTS)).isFalse();
        assertThat(Grade.overrideNeedsNote(0.7, 0.5, DEFAULTS)).isFalse();
        assertThat(Grade.overrideNeedsNote(0.7, 0.91, DEFAULTS)).isTrue();
        assertThat(Grade.overrideNeedsNote(0.7, 0.45, DEFAULTS)).isTrue();
        assertThat(Grade.overrideNeedsNote(null, 0.0, DEFAULTS)).isFalse();
    }

    @Test
    void givenProgress_suggested_isTheClampedProgressOrNothing() {
        assertThat(Grade.suggested(Progress.of(1.3))).isEqualTo(1.0);
        assertThat(Grade.suggested(Progress.of(0.65))).isEqualTo(0.65);
        assertThat(Grade.suggested(Progress.unknown(ProgressWarning.NO_ISSUES))).isNull();
    }

    @Test
    void givenScores_inSweetSpot_isGooglesPointSixToPointSeven() {
        // landscape §5.1: sweet spot 0.6-0.7 (a hint, not a rule)
        assertThat(Grade.inSweetSpot(0.65)).isTrue();
        assertThat(Grade.inSweetSpot(0.6)).isTrue();
        assertThat(Grade.inSweetSpot(0.71)).isFalse();
        assertThat(Grade.inSweetSpot(1.0)).isFalse();
    }
}
