package dev.waypoint.insight;

/**
 * The admin's settings of the insights.
 *
 * @param unhealthyDays     how long a KPI must be unhealthy before it "needs an OKR" (default 7)
 * @param amberNeedsOkr     whether AMBER counts as unhealthy for that (default: only RED)
 * @param staleCheckInDays  a key result without check-in for this long is flagged (default 14)
 * @param titleSimilarity   titles at least this similar are near-identical (token Jaccard, default 0.8)
 * @param targetChangeDays  how long a raised target is reported (default 30)
 */
public record InsightSettings(int unhealthyDays, boolean amberNeedsOkr, int staleCheckInDays, double titleSimilarity,
        int targetChangeDays) {

    public static final InsightSettings DEFAULTS = new InsightSettings(7, false, 14, 0.8, 30);

    public InsightSettings {
        if (unhealthyDays < 1 || staleCheckInDays < 1 || targetChangeDays < 1) {
            throw new IllegalArgumentException("day counts must be >= 1");
        }
        if (!(titleSimilarity > 0 && titleSimilarity <= 1)) {
            throw new IllegalArgumentException("'titleSimilarity' must be within (0, 1], was " + titleSimilarity);
        }
    }
}
