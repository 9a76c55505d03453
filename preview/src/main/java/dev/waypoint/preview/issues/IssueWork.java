package dev.waypoint.preview.issues;

import java.time.Duration;
import java.time.Instant;

/**
 * The planned work of a sample issue: story points and a time estimate whose time spent grows from the start of work
 * towards {@code plannedDone}.
 *
 * @param storyPoints     {@code null} when not estimated
 * @param estimateSeconds the original estimate, 0 without time tracking
 * @param plannedDone     when the work was planned to end; needed for time tracking of started issues
 */
public record IssueWork(Double storyPoints, long estimateSeconds, Instant plannedDone) {

    public static final IssueWork NONE = new IssueWork(null, 0, null);

    /** Share of the estimate spent before the work is done, at most. */
    private static final double MAX_SHARE_BEFORE_DONE = 0.9;

    public IssueWork {
        if (storyPoints != null && (!Double.isFinite(storyPoints) || storyPoints < 0)) {
            throw new IllegalArgumentException("'storyPoints' must be finite and >= 0, was " + storyPoints);
        }
        if (estimateSeconds < 0) {
            throw new IllegalArgumentException("'estimateSeconds' must be >= 0, was " + estimateSeconds);
        }
    }

    /** Time spent at {@code at}, for an issue started at {@code started} and resolved at {@code resolved}. */
    long spentAt(Instant at, Instant started, Instant resolved) {
        if (estimateSeconds == 0 || started == null || at.isBefore(started)) {
            return 0;
        }
        if (resolved != null && !resolved.isAfter(at)) {
            return estimateSeconds;
        }
        if (plannedDone == null || !plannedDone.isAfter(started)) {
            return Math.round(estimateSeconds * MAX_SHARE_BEFORE_DONE);
        }
        double share = Duration.between(started, at).toSeconds()
                / (double) Duration.between(started, plannedDone).toSeconds();
        return Math.round(estimateSeconds * Math.min(MAX_SHARE_BEFORE_DONE, share));
    }
}
