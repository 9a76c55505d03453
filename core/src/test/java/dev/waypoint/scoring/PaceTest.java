package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaceTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 1, 10);
    private static final ScoringSettings DEFAULTS = ScoringSettings.defaults();

    @Test
    void givenDatesAroundTheCycle_expected_isTheElapsedFractionAtTheEndOfTheDay() {
        assertThat(Pace.expected(START, END, START.minusDays(1))).isZero();
        assertThat(Pace.expected(START, END, START)).isCloseTo(0.1, within(1e-12));
        assertThat(Pace.expected(START, END, LocalDate.of(2026, 1, 5))).isCloseTo(0.5, within(1e-12));
        assertThat(Pace.expected(START, END, END)).isEqualTo(1);
        assertThat(Pace.expected(START, END, END.plusDays(30))).isEqualTo(1);
    }

    @Test
    void givenProgressAgainstExpectation_status_usesTheMargins() {
        // DESIGN §3: DONE if p >= 1; ON_TRACK if p >= e - 0.10; AT_RISK if p >= e - 0.30; else OFF_TRACK
        assertThat(status(1.0, 0.5, null)).isEqualTo(PaceStatus.DONE);
        assertThat(status(0.4, 0.5, null)).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(status(0.39, 0.5, null)).isEqualTo(PaceStatus.AT_RISK);
        assertThat(status(0.2, 0.5, null)).isEqualTo(PaceStatus.AT_RISK);
        assertThat(status(0.19, 0.5, null)).isEqualTo(PaceStatus.OFF_TRACK);
    }

    @Test
    void givenLowLatestConfidence_status_turnsOnTrackIntoAtRisk() {
        assertThat(status(0.6, 0.5, 3)).isEqualTo(PaceStatus.AT_RISK);
        assertThat(status(0.6, 0.5, 4)).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(status(0.1, 0.5, 0)).isEqualTo(PaceStatus.OFF_TRACK);
        assertThat(status(1.0, 0.5, 0)).isEqualTo(PaceStatus.DONE);
    }

    @Test
    void givenAdminThresholds_status_usesThemInsteadOfTheDefaults() {
        ScoringSettings strict = new ScoringSettings(0.0, 0.05, 5, 0.7, 0.4, 0.2);

        assertThat(Pace.status(Progress.of(0.45), 0.5, null, strict)).isEqualTo(PaceStatus.AT_RISK);
        assertThat(Pace.status(Progress.of(0.44), 0.5, null, strict)).isEqualTo(PaceStatus.OFF_TRACK);
        assertThat(Pace.status(Progress.of(0.6), 0.5, 5, strict)).isEqualTo(PaceStatus.AT_RISK);
    }

    @Test
    void givenUnknownProgress_status_isUnknown() {
        assertThat(Pace.status(Progress.unknown(ProgressWarning.NO_ISSUES), 0.5, null, DEFAULTS))
                .isEqualTo(PaceStatus.UNKNOWN);
    }

    private static PaceStatus status(double progress, double expected, Integer confidence) {
        return Pace.status(Progress.of(progress), expected, confidence, DEFAULTS);
    }
}
