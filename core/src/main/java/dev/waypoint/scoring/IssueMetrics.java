package dev.waypoint.scoring;

/**
 * What the adapter (or the refresh job) counted over the issues linked to an ISSUES key result, epics with their
 * children: issues per status category, story points, and time tracking. Scoring never calls Jira.
 *
 * @param unestimated issues without story points (a data-quality insight for STORY_POINTS)
 */
public record IssueMetrics(int toDo, int inProgress, int done, double donePoints, double totalPoints,
        int unestimated, long secondsSpent, long secondsRemaining) {

    public IssueMetrics {
        if (toDo < 0 || inProgress < 0 || done < 0 || unestimated < 0 || secondsSpent < 0 || secondsRemaining < 0) {
            throw new IllegalArgumentException("counts and times must be >= 0");
        }
        if (!Double.isFinite(donePoints) || !Double.isFinite(totalPoints) || donePoints < 0
                || donePoints > totalPoints) {
            throw new IllegalArgumentException(
                    "points must be finite with 0 <= done <= total, were " + donePoints + " / " + totalPoints);
        }
    }

    /** Issue counts only (status categories), for COUNT and STATUS_CATEGORY. */
    public static IssueMetrics ofCounts(int toDo, int inProgress, int done) {
        return new IssueMetrics(toDo, inProgress, done, 0, 0, 0, 0, 0);
    }

    public int issues() {
        return toDo + inProgress + done;
    }
}
