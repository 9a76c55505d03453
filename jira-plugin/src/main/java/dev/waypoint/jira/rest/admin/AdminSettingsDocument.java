package dev.waypoint.jira.rest.admin;

import dev.waypoint.app.admin.ChangeAdminSettings;
import dev.waypoint.app.admin.WaypointSettings;
import java.util.List;

/**
 * Every admin setting of Waypoint, as {@code GET /admin/settings} answers it and {@code PUT /admin/settings} takes it
 * back (the whole document; every value is required).
 */
public record AdminSettingsDocument(Scoring scoring, Access access, Refresh refresh, Insights insights,
        Retention retention) {

    /**
     * Pace thresholds and grade bands (fractions 0 to 1; DESIGN §3).
     *
     * @param onTrackMargin         ON_TRACK while progress >= expected - this (default 0.10)
     * @param atRiskMargin          AT_RISK while progress >= expected - this, at least {@code onTrackMargin} (0.30)
     * @param lowConfidence         a latest confidence (0-10) at or below this turns ON_TRACK into AT_RISK (3)
     * @param greenFrom             grades from here up are green (0.7)
     * @param yellowFrom            grades from here up to green are yellow, at most {@code greenFrom} (0.4)
     * @param overrideNoteThreshold a grade override further than this from the suggested grade needs a note (0.2)
     */
    public record Scoring(Double onTrackMargin, Double atRiskMargin, Integer lowConfidence, Double greenFrom,
            Double yellowFrom, Double overrideNoteThreshold) {
    }

    /**
     * Who manages and who sees company items (DESIGN §5).
     *
     * @param companyGroup        the Jira group that manages company OKRs, global KPIs and cycles besides the Jira
     *                            administrators; {@code null} for Jira administrators only
     * @param companyViewerGroups if not empty, company items are visible only to these groups (and their managers)
     */
    public record Access(String companyGroup, List<String> companyViewerGroups) {
    }

    /**
     * The refresh job.
     *
     * @param defaultKpiRefreshMinutes the refresh interval of a new KPI whose author gives none (5 to 10,080)
     * @param keyResultRefreshMinutes  how often JQL, ISSUES and KPI key results are refreshed (5 to 10,080)
     * @param epicChildrenJql          the children of an epic, with the placeholder {@code {key}}
     * @param storyPointField          the custom field (id or name) holding story points
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
     * @param titleSimilarity  key result titles at least this similar (0 to 1) count as the same
     * @param targetChangeDays how long a raised KPI target is reported (1 to 366)
     */
    public record Insights(Integer unhealthyDays, Boolean amberNeedsOkr, Integer staleCheckInDays,
            Double titleSimilarity, Integer targetChangeDays) {
    }

    /** @param fullDetailDays every KPI value is kept this long, then only the last of each day (1 to 366) */
    public record Retention(Integer fullDetailDays) {
    }

    /** The document as core's command, value for value; core checks every value ({@code null} included). */
    ChangeAdminSettings command() {
        return new ChangeAdminSettings(
                scoring == null ? null : new ChangeAdminSettings.Scoring(scoring.onTrackMargin(),
                        scoring.atRiskMargin(), scoring.lowConfidence(), scoring.greenFrom(), scoring.yellowFrom(),
                        scoring.overrideNoteThreshold()),
                access == null ? null : new ChangeAdminSettings.Access(access.companyGroup(),
                        access.companyViewerGroups()),
                refresh == null ? null : new ChangeAdminSettings.Refresh(refresh.defaultKpiRefreshMinutes(),
                        refresh.keyResultRefreshMinutes(), refresh.epicChildrenJql(), refresh.storyPointField()),
                insights == null ? null : new ChangeAdminSettings.Insights(insights.unhealthyDays(),
                        insights.amberNeedsOkr(), insights.staleCheckInDays(), insights.titleSimilarity(),
                        insights.targetChangeDays()),
                retention == null ? null : new ChangeAdminSettings.Retention(retention.fullDetailDays()));
    }

    /** The settings as the document; viewer groups by name. */
    static AdminSettingsDocument of(WaypointSettings s) {
        var scoring = s.scoring();
        var insights = s.insights();
        return new AdminSettingsDocument(
                new Scoring(scoring.onTrackMargin(), scoring.atRiskMargin(), scoring.lowConfidence(),
                        scoring.greenFrom(), scoring.yellowFrom(), scoring.overrideNoteThreshold()),
                new Access(s.access().companyGroup().orElse(null),
                        s.access().companyViewerGroups().stream().sorted().toList()),
                new Refresh(s.defaultKpiRefreshMinutes(), s.refresh().keyResultRefreshMinutes(),
                        s.refresh().epicChildrenJql(), s.storyPointField()),
                new Insights(insights.unhealthyDays(), insights.amberNeedsOkr(), insights.staleCheckInDays(),
                        insights.titleSimilarity(), insights.targetChangeDays()),
                new Retention(s.retentionDays()));
    }
}
