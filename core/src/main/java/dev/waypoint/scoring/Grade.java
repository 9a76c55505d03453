package dev.waypoint.scoring;

/**
 * Grading at cycle close (DESIGN §3; landscape §5.1, Google's "grade OKRs" guide): the suggested grade is the clamped
 * progress; an override further than the setting from it needs a note; colour bands 0.7-1.0 green, 0.4-0.69 yellow,
 * below red (Measure What Matters). Google's 0.6-0.7 sweet spot is a hint, not a rule.
 */
public final class Grade {

    /** Differences up to this much above the threshold are rounding noise, e.g. |0.9 - 0.7| = 0.20000000000000007. */
    private static final double EPSILON = 1e-9;

    private Grade() {
    }

    /** The suggested grade, or {@code null} when the progress is unknown. */
    public static Double suggested(Progress progress) {
        return progress.isKnown() ? progress.clamped() : null;
    }

    /** Whether overriding {@code suggested} with {@code override} needs a note; never when nothing was suggested. */
    public static boolean overrideNeedsNote(Double suggested, double override, ScoringSettings settings) {
        return suggested != null && Math.abs(override - suggested) > settings.overrideNoteThreshold() + EPSILON;
    }

    public static GradeBand band(double score, ScoringSettings settings) {
        if (score >= settings.greenFrom()) {
            return GradeBand.GREEN;
        }
        return score >= settings.yellowFrom() ? GradeBand.YELLOW : GradeBand.RED;
    }

    /** Google's sweet spot for aspirational OKRs: 0.6-0.7. Shown as a hint only. */
    public static boolean inSweetSpot(double score) {
        return score >= 0.6 && score <= 0.7;
    }
}
