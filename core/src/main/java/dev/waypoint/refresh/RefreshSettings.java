package dev.waypoint.refresh;

import dev.waypoint.kpi.Retention;
import dev.waypoint.kpi.search.Jql;
import java.util.Objects;

/**
 * The admin's settings of the refresh job, with the caps that keep its cost bounded (DESIGN §6).
 *
 * @param keyResultRefreshMinutes how often JQL, ISSUES and KPI-sourced key results are refreshed (5 to 10,080)
 * @param epicChildrenJql         the admin's JQL template for the children of an epic, with a {@code {key}}
 *                                placeholder that is filled with the quoted epic key
 * @param maxAgents               most agents a PER_AGENT KPI shows a row (and runs a count) for
 * @param assigneeSampleCap       most issues read to discover the assignees of a PER_AGENT KPI's results
 * @param linkedIssueCap          most linked issues (and most children per epic) read for an ISSUES key result
 * @param retention               how long every KPI value is kept before the daily compaction keeps only the last
 *                                value of each day
 */
public record RefreshSettings(int keyResultRefreshMinutes, String epicChildrenJql, int maxAgents,
        int assigneeSampleCap, int linkedIssueCap, Retention retention) {

    public static final String DEFAULT_EPIC_CHILDREN_JQL = "\"Epic Link\" = " + Jql.KEY_PLACEHOLDER;
    public static final int MAX_SAMPLE = 1_000;
    public static final RefreshSettings DEFAULTS = new RefreshSettings(60, DEFAULT_EPIC_CHILDREN_JQL, 200, 1_000,
            1_000, Retention.DEFAULT);

    public RefreshSettings {
        Objects.requireNonNull(epicChildrenJql, "'epicChildrenJql' must not be null");
        Objects.requireNonNull(retention, "'retention' must not be null");
        if (keyResultRefreshMinutes < 5 || keyResultRefreshMinutes > 10_080) {
            throw new IllegalArgumentException("'keyResultRefreshMinutes' must be 5-10080, was "
                    + keyResultRefreshMinutes);
        }
        if (!epicChildrenJql.contains(Jql.KEY_PLACEHOLDER)) {
            throw new IllegalArgumentException("'epicChildrenJql' needs a " + Jql.KEY_PLACEHOLDER + " placeholder");
        }
        if (maxAgents < 1 || maxAgents > MAX_SAMPLE || assigneeSampleCap < 1 || assigneeSampleCap > MAX_SAMPLE
                || linkedIssueCap < 1 || linkedIssueCap > MAX_SAMPLE) {
            throw new IllegalArgumentException("caps must be 1-" + MAX_SAMPLE);
        }
    }
}
