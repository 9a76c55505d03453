package dev.waypoint.app.admin;

import dev.waypoint.access.AccessSettings;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.Retention;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.shared.Limits;
import java.util.Objects;

/**
 * Every setting of Waypoint's admin page (DESIGN §4 "Admin page"), as one value. Each part is core's own settings
 * record where core has one; the rest is what only the Jira adapters read. Invariants are checked here (a broken one
 * is a programming error); {@link ChangingAdminSettings} validates the admin's input with field messages before
 * building it.
 *
 * @param scoring                  pace thresholds and grade bands
 * @param access                   the company OKR/KPI group and the company viewer groups
 * @param refresh                  the refresh job's settings (key-result refresh interval, epic-children JQL
 *                                 template, caps, and the retention of KPI values: DESIGN §3 "KpiValue")
 * @param defaultKpiRefreshMinutes the refresh interval a new KPI gets when its author gives none
 * @param storyPointField          the custom field (id or name) that holds story points
 * @param insights                 the thresholds of the insights
 */
public record WaypointSettings(
        ScoringSettings scoring,
        AccessSettings access,
        RefreshSettings refresh,
        int defaultKpiRefreshMinutes,
        String storyPointField,
        InsightSettings insights) {

    /** Most days a setting counted in days may have (a year and a day). */
    public static final int MAX_DAYS = Retention.MAX_DAYS;
    public static final String DEFAULT_STORY_POINT_FIELD = "Story Points";
    /** A fresh installation: core's defaults everywhere. */
    public static final WaypointSettings DEFAULTS = new WaypointSettings(ScoringSettings.defaults(),
            AccessSettings.DEFAULTS, RefreshSettings.DEFAULTS, Kpi.DEFAULT_REFRESH_MINUTES, DEFAULT_STORY_POINT_FIELD,
            InsightSettings.DEFAULTS);

    public WaypointSettings {
        Objects.requireNonNull(scoring, "'scoring' must not be null");
        Objects.requireNonNull(access, "'access' must not be null");
        Objects.requireNonNull(refresh, "'refresh' must not be null");
        Objects.requireNonNull(storyPointField, "'storyPointField' must not be null");
        Objects.requireNonNull(insights, "'insights' must not be null");
        if (defaultKpiRefreshMinutes < Kpi.MIN_REFRESH_MINUTES || defaultKpiRefreshMinutes > Kpi.MAX_REFRESH_MINUTES) {
            throw new IllegalArgumentException("'defaultKpiRefreshMinutes' must be " + Kpi.MIN_REFRESH_MINUTES + "-"
                    + Kpi.MAX_REFRESH_MINUTES + ", was " + defaultKpiRefreshMinutes);
        }
        if (storyPointField.isBlank() || storyPointField.length() > Limits.TITLE) {
            throw new IllegalArgumentException("'storyPointField' must be 1-" + Limits.TITLE + " characters");
        }
    }

    /** How many days every KPI value is kept before only the last value of each day is kept. */
    public int retentionDays() {
        return refresh.retention().days();
    }
}
