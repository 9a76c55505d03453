package dev.waypoint.app.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every admin setting as the admin gives it, section by section as the admin page (and its REST document) groups
 * them. Every value is required, but each may be {@code null} here: {@link ChangingAdminSettings} reports each missing
 * or bad value as a field error named by its path ({@code scoring.greenFrom}, {@code access.companyViewerGroups[1]}).
 *
 * @param scoring   pace thresholds and grade bands
 * @param access    the company group and the company viewer groups
 * @param refresh   refresh intervals, the epic-children JQL and the story-point field
 * @param insights  the insights' thresholds
 * @param retention how long every KPI value is kept
 */
public record ChangeAdminSettings(Scoring scoring, Access access, Refresh refresh, Insights insights,
        Retention retention) {

    /**
     * Pace thresholds and grade bands (fractions 0 to 1; DESIGN §3; the rules of
     * {@link dev.waypoint.scoring.ScoringSettings}).
     *
     * @param onTrackMargin         ON_TRACK while progress >= expected - this
     * @param atRiskMargin          AT_RISK while progress >= expected - this, at least {@code onTrackMargin}
     * @param lowConfidence         a latest confidence (0-10) at or below this turns ON_TRACK into AT_RISK
     * @param greenFrom             grades from here up are green
     * @param yellowFrom            grades from here up to green are yellow, at most {@code greenFrom}
     * @param overrideNoteThreshold a grade override further than this from the suggested grade needs a note
     */
    public record Scoring(Double onTrackMargin, Double atRiskMargin, Integer lowConfidence, Double greenFrom,
            Double yellowFrom, Double overrideNoteThreshold) {
    }

    /**
     * Who manages and who sees company items (DESIGN §5).
     *
     * @param companyGroup        an existing Jira group, or {@code null} for Jira administrators only
     * @param companyViewerGroups existing Jira groups (at most {@value ChangingAdminSettings#MAX_VIEWER_GROUPS});
     *                            {@code null} or empty: company items are visible to every licensed user
     */
    public record Access(String companyGroup, List<String> companyViewerGroups) {

        public Access {
            // a copy that keeps null elements, which are reported as missing groups
            companyViewerGroups = companyViewerGroups == null ? null
                    : Collections.unmodifiableList(new ArrayList<>(companyViewerGroups));
        }
    }

    /**
     * The refresh job.
     *
     * @param defaultKpiRefreshMinutes the refresh interval of a new KPI whose author gives none (5 to 10,080)
     * @param keyResultRefreshMinutes  how often JQL, ISSUES and KPI key results are refreshed (5 to 10,080)
     * @param epicChildrenJql          the children of an epic, with the placeholder {@code {key}}
     * @param storyPointField          an existing custom field (id or name) holding story points
     */
    public record Refresh(Integer defaultKpiRefreshMinutes, Integer keyResultRefreshMinutes, String epicChildrenJql,
            String storyPointField) {
    }

    /**
     * The insights (DESIGN §3 "Insights").
     *
     * @param unhealthyDays    how long a KPI is unhealthy before it "needs an OKR" (1 to 366)
     * @param amberNeedsOkr    whether AMBER counts as unhealthy for that (or only RED)
     * @param staleCheckInDays a key result without a check-in for this long is flagged (1 to 366)
     * @param titleSimilarity  key result titles at least this similar (above 0, at most 1) count as the same
     * @param targetChangeDays how long a raised KPI target is reported (1 to 366)
     */
    public record Insights(Integer unhealthyDays, Boolean amberNeedsOkr, Integer staleCheckInDays,
            Double titleSimilarity, Integer targetChangeDays) {
    }

    /** @param fullDetailDays every KPI value is kept this long, then only the last of each day (1 to 366) */
    public record Retention(Integer fullDetailDays) {
    }
}
