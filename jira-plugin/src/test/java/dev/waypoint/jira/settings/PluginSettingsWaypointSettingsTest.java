package dev.waypoint.jira.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.AccessSettings;
import dev.waypoint.app.admin.WaypointSettings;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.jira.platform.PluginSettingsAccessSettings;
import dev.waypoint.jira.rest.kpi.InMemoryPluginSettings;
import dev.waypoint.jira.search.StoryPointFieldSetting;
import dev.waypoint.kpi.Retention;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.scoring.ScoringSettings;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The admin settings in SAL plugin settings: round trip, defaults, and damaged values read as defaults. */
class PluginSettingsWaypointSettingsTest {

    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final PluginSettingsWaypointSettings settings = new PluginSettingsWaypointSettings(stored,
            new PluginSettingsAccessSettings(stored), new StoryPointFieldSetting(stored));

    private static WaypointSettings changed() {
        return new WaypointSettings(new ScoringSettings(0.05, 0.25, 2, 0.8, 0.5, 0.1),
                new AccessSettings(Optional.of("leaders"), Set.of("executives", "managers")),
                new RefreshSettings(30, "parent = {key}", 200, 1_000, 1_000, Retention.ofDays(60)), 15,
                "customfield_10002", new InsightSettings(10, true, 21, 0.7, 45));
    }

    @Test
    void givenNothingStored_reading_answersTheDefaults() {
        assertThat(settings.current()).isEqualTo(WaypointSettings.DEFAULTS);
    }

    @Test
    void givenSavedSettings_reading_answersThemAsStrings() {
        settings.save(changed());

        assertThat(settings.current()).isEqualTo(changed());
        assertThat(stored.get(PluginSettingsWaypointSettings.GREEN_FROM)).isEqualTo("0.8");
        assertThat(stored.get(PluginSettingsWaypointSettings.AMBER_NEEDS_OKR)).isEqualTo("true");
        assertThat(stored.snapshot().values()).allMatch(v -> v instanceof String || v instanceof java.util.List);
    }

    @Test
    void givenSavedSettings_theCoreSources_answerTheirParts() {
        settings.save(changed());

        assertThat(new StoredScoringSettings(settings).current()).isEqualTo(changed().scoring());
        assertThat(new StoredRefreshSettings(settings).current()).isEqualTo(changed().refresh());
    }

    @Test
    void givenMalformedValues_reading_answersTheirDefaults() {
        settings.save(changed());
        stored.put(PluginSettingsWaypointSettings.LOW_CONFIDENCE, "three");
        stored.put(PluginSettingsWaypointSettings.DEFAULT_KPI_REFRESH_MINUTES, "2");
        stored.put(PluginSettingsWaypointSettings.EPIC_CHILDREN_JQL, 42);
        stored.put(PluginSettingsWaypointSettings.RETENTION_DAYS, "9999");

        WaypointSettings read = settings.current();

        assertThat(read.scoring().lowConfidence()).isEqualTo(ScoringSettings.defaults().lowConfidence());
        assertThat(read.scoring().greenFrom()).isEqualTo(0.8);
        assertThat(read.defaultKpiRefreshMinutes()).isEqualTo(60);
        assertThat(read.refresh().epicChildrenJql()).isEqualTo(RefreshSettings.DEFAULT_EPIC_CHILDREN_JQL);
        assertThat(read.retentionDays()).isEqualTo(30);
    }

    @Test
    void givenValuesInvalidTogether_reading_answersThatGroupsDefaults() {
        settings.save(changed());
        stored.put(PluginSettingsWaypointSettings.YELLOW_FROM, "0.9");
        stored.put(PluginSettingsWaypointSettings.UNHEALTHY_DAYS, "100000");
        stored.put(PluginSettingsWaypointSettings.EPIC_CHILDREN_JQL, "parent = EPIC");

        WaypointSettings read = settings.current();

        assertThat(read.scoring()).isEqualTo(ScoringSettings.defaults());
        assertThat(read.insights()).isEqualTo(InsightSettings.DEFAULTS);
        assertThat(read.refresh()).isEqualTo(RefreshSettings.DEFAULTS);
        assertThat(read.access()).isEqualTo(changed().access());
    }
}
