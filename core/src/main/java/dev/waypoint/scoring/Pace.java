package dev.waypoint.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Expected progress and pace status (DESIGN §3), the difference-to-elapsed rule of BurningOKR (landscape §5.7) with
 * Waypoint's thresholds from {@link ScoringSettings}.
 */
public final class Pace {

    private Pace() {
    }

    /**
     * The elapsed fraction of a cycle at the end of day {@code at}: 0 before the start, 1 from the last day on.
     * Start and end are inclusive, so on the first day of a 90-day cycle 1/90 has elapsed.
     */
    public static double expected(LocalDate start, LocalDate end, LocalDate at) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("'end' " + end + " is before 'start' " + start);
        }
        if (at.isBefore(start)) {
            return 0;
        }
        double days = ChronoUnit.DAYS.between(start, end) + 1;
        return Math.min(1, (ChronoUnit.DAYS.between(start, at) + 1) / days);
    }

    /**
     * DONE if progress >= 1; ON_TRACK if progress >= expected - onTrackMargin; AT_RISK if progress >= expected -
     * atRiskMargin; otherwise OFF_TRACK. A latest confidence at or below the low-confidence setting turns ON_TRACK into
     * AT_RISK. Uses the clamped progress; unknown progress is UNKNOWN.
     *
     * @param latestConfidence {@code null} when no confidence was given
     */
    public static PaceStatus status(Progress progress, double expected, Integer latestConfidence,
            ScoringSettings settings) {
        if (!progress.isKnown()) {
            return PaceStatus.UNKNOWN;
        }
        double p = progress.clamped();
        if (p >= 1) {
            return PaceStatus.DONE;
        }
        if (p >= expected - settings.onTrackMargin()) {
            boolean doubtful = latestConfidence != null && latestConfidence <= settings.lowConfidence();
            return doubtful ? PaceStatus.AT_RISK : PaceStatus.ON_TRACK;
        }
        return p >= expected - settings.atRiskMargin() ? PaceStatus.AT_RISK : PaceStatus.OFF_TRACK;
    }
}
