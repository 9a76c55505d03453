package dev.waypoint.scoring;

/**
 * A progress: the unclamped value (shows over-achievement above 1 and moving the wrong way below 0) and the value
 * clamped to [0, 1] that scoring uses (DESIGN §3). Both are {@code null} when the progress is unknown, which always
 * comes with a warning; a known progress may carry a warning too (e.g. {@link ProgressWarning#NO_VALUE}).
 */
public record Progress(Double unclamped, Double clamped, ProgressWarning warning) {

    /** Unclamped values are capped at this magnitude, so that a tiny baseline-to-target span cannot overflow. */
    public static final double MAX_UNCLAMPED = 1e6;

    public Progress {
        if ((unclamped == null) != (clamped == null)) {
            throw new IllegalArgumentException("'unclamped' and 'clamped' are both known or both unknown");
        }
        if (unclamped == null && warning == null) {
            throw new IllegalArgumentException("an unknown progress needs a 'warning'");
        }
        if (unclamped != null && (!Double.isFinite(unclamped) || Math.abs(unclamped) > MAX_UNCLAMPED)) {
            throw new IllegalArgumentException("'unclamped' must be finite and within +/-1e6, was " + unclamped);
        }
        if (clamped != null && !(clamped >= 0 && clamped <= 1)) {
            throw new IllegalArgumentException("'clamped' must be within 0-1, was " + clamped);
        }
    }

    public static Progress of(double unclamped) {
        return of(unclamped, null);
    }

    /** A known progress; NaN is not accepted, infinities and huge values are capped at {@link #MAX_UNCLAMPED}. */
    public static Progress of(double unclamped, ProgressWarning warning) {
        if (Double.isNaN(unclamped)) {
            throw new IllegalArgumentException("'unclamped' must be a number");
        }
        double capped = Math.max(-MAX_UNCLAMPED, Math.min(MAX_UNCLAMPED, unclamped)) + 0.0; // no negative zero
        return new Progress(capped, clamp(capped), warning);
    }

    public static Progress unknown(ProgressWarning warning) {
        return new Progress(null, null, warning);
    }

    public boolean isKnown() {
        return unclamped != null;
    }

    /** Known and at least 1. */
    public boolean isComplete() {
        return isKnown() && clamped >= 1;
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
