package dev.waypoint.objective;

import dev.waypoint.shared.Limits;

/**
 * The grade an objective received when its cycle was closed: 0.0-1.0 (landscape §5.1, Google's grading) and an
 * optional note explaining an override.
 */
public record FinalGrade(double score, String note) {

    public FinalGrade {
        if (!Double.isFinite(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("'score' must be within 0-1, was " + score);
        }
        if (note != null && note.length() > Limits.COMMENT) {
            throw new IllegalArgumentException("'note' must be at most " + Limits.COMMENT + " characters");
        }
    }
}
