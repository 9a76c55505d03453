package dev.waypoint.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.waypoint.app.admin.WaypointSettings;
import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.jira.platform.PluginSettingsAccessSettings;
import dev.waypoint.jira.search.StoryPointFieldSetting;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.Retention;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Waypoint's admin settings in SAL's global plugin settings (cluster-wide, cached by Jira), one key per value, each
 * value a String (what every SAL implementation stores). The access settings and the story-point field keep the keys
 * of their own adapters ({@link PluginSettingsAccessSettings}, {@link StoryPointFieldSetting}), so that the readers
 * inside the app see what the admin saved.
 *
 * <p>Reading never fails: a missing, malformed or out-of-range value reads as its default, and a group of values that
 * is invalid together (e.g. a yellow grade band above the green one) reads as that group's defaults. So a damaged
 * setting never stops a page or the refresh job.
 *
 * <table>
 *   <caption>keys</caption>
 *   <tr><td>{@value #ON_TRACK_MARGIN}, {@value #AT_RISK_MARGIN}, {@value #LOW_CONFIDENCE}, {@value #GREEN_FROM},
 *       {@value #YELLOW_FROM}, {@value #OVERRIDE_NOTE_THRESHOLD}</td><td>scoring</td></tr>
 *   <tr><td>{@value #KEY_RESULT_REFRESH_MINUTES}, {@value #DEFAULT_KPI_REFRESH_MINUTES},
 *       {@value #EPIC_CHILDREN_JQL}</td><td>refresh</td></tr>
 *   <tr><td>{@value #UNHEALTHY_DAYS}, {@value #AMBER_NEEDS_OKR}, {@value #STALE_CHECK_IN_DAYS},
 *       {@value #TITLE_SIMILARITY}, {@value #TARGET_CHANGE_DAYS}</td><td>insights</td></tr>
 *   <tr><td>{@value #RETENTION_DAYS}</td><td>KPI value retention</td></tr>
 *   <tr><td>{@code dev.waypoint.access.companyGroup}, {@code dev.waypoint.access.companyViewerGroups}</td>
 *       <td>access ({@link PluginSettingsAccessSettings})</td></tr>
 *   <tr><td>{@code dev.waypoint.refresh.storyPointField}</td>
 *       <td>story points ({@link StoryPointFieldSetting})</td></tr>
 * </table>
 */
@Component
public class PluginSettingsWaypointSettings implements WaypointSettingsStore {

    static final String ON_TRACK_MARGIN = "dev.waypoint.scoring.onTrackMargin";
    static final String AT_RISK_MARGIN = "dev.waypoint.scoring.atRiskMargin";
    static final String LOW_CONFIDENCE = "dev.waypoint.scoring.lowConfidence";
    static final String GREEN_FROM = "dev.waypoint.scoring.greenFrom";
    static final String YELLOW_FROM = "dev.waypoint.scoring.yellowFrom";
    static final String OVERRIDE_NOTE_THRESHOLD = "dev.waypoint.scoring.overrideNoteThreshold";
    static final String KEY_RESULT_REFRESH_MINUTES = "dev.waypoint.refresh.keyResultRefreshMinutes";
    static final String DEFAULT_KPI_REFRESH_MINUTES = "dev.waypoint.refresh.defaultKpiRefreshMinutes";
    static final String EPIC_CHILDREN_JQL = "dev.waypoint.refresh.epicChildrenJql";
    static final String UNHEALTHY_DAYS = "dev.waypoint.insight.unhealthyDays";
    static final String AMBER_NEEDS_OKR = "dev.waypoint.insight.amberNeedsOkr";
    static final String STALE_CHECK_IN_DAYS = "dev.waypoint.insight.staleCheckInDays";
    static final String TITLE_SIMILARITY = "dev.waypoint.insight.titleSimilarity";
    static final String TARGET_CHANGE_DAYS = "dev.waypoint.insight.targetChangeDays";
    static final String RETENTION_DAYS = "dev.waypoint.kpi.retentionDays";

    private final PluginSettingsFactory settingsFactory;
    private final PluginSettingsAccessSettings access;
    private final StoryPointFieldSetting storyPoints;

    @Inject
    public PluginSettingsWaypointSettings(PluginSettingsFactory settingsFactory, PluginSettingsAccessSettings access,
            StoryPointFieldSetting storyPoints) {
        this.settingsFactory = settingsFactory;
        this.access = access;
        this.storyPoints = storyPoints;
    }

    @Override
    public WaypointSettings current() {
        Stored stored = new Stored(settingsFactory.createGlobalSettings());
        WaypointSettings defaults = WaypointSettings.DEFAULTS;
        ScoringSettings scoring = orDefault(() -> {
            ScoringSettings d = defaults.scoring();
            return new ScoringSettings(stored.decimal(ON_TRACK_MARGIN, d.onTrackMargin()),
                    stored.decimal(AT_RISK_MARGIN, d.atRiskMargin()),
                    stored.whole(LOW_CONFIDENCE, d.lowConfidence()),
                    stored.decimal(GREEN_FROM, d.greenFrom()),
                    stored.decimal(YELLOW_FROM, d.yellowFrom()),
                    stored.decimal(OVERRIDE_NOTE_THRESHOLD, d.overrideNoteThreshold()));
        }, defaults.scoring());
        RefreshSettings refresh = orDefault(() -> {
            RefreshSettings d = defaults.refresh();
            int retention = stored.whole(RETENTION_DAYS, d.retention().days());
            return new RefreshSettings(stored.whole(KEY_RESULT_REFRESH_MINUTES, d.keyResultRefreshMinutes()),
                    stored.text(EPIC_CHILDREN_JQL, d.epicChildrenJql()), d.maxAgents(), d.assigneeSampleCap(),
                    d.linkedIssueCap(), within(retention, 1, Retention.MAX_DAYS) ? Retention.ofDays(retention)
                            : d.retention());
        }, defaults.refresh());
        InsightSettings insights = orDefault(() -> {
            InsightSettings d = defaults.insights();
            InsightSettings read = new InsightSettings(stored.whole(UNHEALTHY_DAYS, d.unhealthyDays()),
                    stored.bool(AMBER_NEEDS_OKR, d.amberNeedsOkr()),
                    stored.whole(STALE_CHECK_IN_DAYS, d.staleCheckInDays()),
                    stored.decimal(TITLE_SIMILARITY, d.titleSimilarity()),
                    stored.whole(TARGET_CHANGE_DAYS, d.targetChangeDays()));
            return within(read.unhealthyDays(), 1, WaypointSettings.MAX_DAYS)
                    && within(read.staleCheckInDays(), 1, WaypointSettings.MAX_DAYS)
                    && within(read.targetChangeDays(), 1, WaypointSettings.MAX_DAYS) ? read : d;
        }, defaults.insights());
        int kpiMinutes = stored.whole(DEFAULT_KPI_REFRESH_MINUTES, defaults.defaultKpiRefreshMinutes());
        String storyPointField = storyPoints.current();
        return new WaypointSettings(scoring, access.current(), refresh,
                within(kpiMinutes, Kpi.MIN_REFRESH_MINUTES, Kpi.MAX_REFRESH_MINUTES)
                        ? kpiMinutes : defaults.defaultKpiRefreshMinutes(),
                storyPointField.length() <= Limits.TITLE ? storyPointField : defaults.storyPointField(), insights);
    }

    @Override
    public void save(WaypointSettings settings) {
        PluginSettings stored = settingsFactory.createGlobalSettings();
        ScoringSettings scoring = settings.scoring();
        stored.put(ON_TRACK_MARGIN, Double.toString(scoring.onTrackMargin()));
        stored.put(AT_RISK_MARGIN, Double.toString(scoring.atRiskMargin()));
        stored.put(LOW_CONFIDENCE, Integer.toString(scoring.lowConfidence()));
        stored.put(GREEN_FROM, Double.toString(scoring.greenFrom()));
        stored.put(YELLOW_FROM, Double.toString(scoring.yellowFrom()));
        stored.put(OVERRIDE_NOTE_THRESHOLD, Double.toString(scoring.overrideNoteThreshold()));
        stored.put(KEY_RESULT_REFRESH_MINUTES, Integer.toString(settings.refresh().keyResultRefreshMinutes()));
        stored.put(EPIC_CHILDREN_JQL, settings.refresh().epicChildrenJql());
        stored.put(DEFAULT_KPI_REFRESH_MINUTES, Integer.toString(settings.defaultKpiRefreshMinutes()));
        InsightSettings insights = settings.insights();
        stored.put(UNHEALTHY_DAYS, Integer.toString(insights.unhealthyDays()));
        stored.put(AMBER_NEEDS_OKR, Boolean.toString(insights.amberNeedsOkr()));
        stored.put(STALE_CHECK_IN_DAYS, Integer.toString(insights.staleCheckInDays()));
        stored.put(TITLE_SIMILARITY, Double.toString(insights.titleSimilarity()));
        stored.put(TARGET_CHANGE_DAYS, Integer.toString(insights.targetChangeDays()));
        stored.put(RETENTION_DAYS, Integer.toString(settings.retentionDays()));
        access.save(settings.access());
        storyPoints.save(settings.storyPointField());
    }

    private static <T> T orDefault(Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (IllegalArgumentException | InvalidInputException e) {
            return fallback;
        }
    }

    private static boolean within(int value, int min, int max) {
        return value >= min && value <= max;
    }

    /** Typed reads of stored Strings, each with its default for a missing or malformed value. */
    private record Stored(PluginSettings settings) {

        double decimal(String key, double fallback) {
            try {
                double value = settings.get(key) instanceof String text ? Double.parseDouble(text.strip()) : fallback;
                return Double.isFinite(value) ? value : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        int whole(String key, int fallback) {
            try {
                return settings.get(key) instanceof String text ? Integer.parseInt(text.strip()) : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        boolean bool(String key, boolean fallback) {
            return settings.get(key) instanceof String text && (text.equals("true") || text.equals("false"))
                    ? Boolean.parseBoolean(text) : fallback;
        }

        String text(String key, String fallback) {
            return settings.get(key) instanceof String text && !text.isBlank() ? text : fallback;
        }
    }
}
