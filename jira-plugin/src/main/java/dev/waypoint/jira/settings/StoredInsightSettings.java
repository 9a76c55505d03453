package dev.waypoint.jira.settings;

import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.insight.InsightSettingsSource;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Core's {@link InsightSettingsSource}: the insight part of the admin's current settings. */
@Component
public class StoredInsightSettings implements InsightSettingsSource {

    private final WaypointSettingsStore store;

    @Inject
    public StoredInsightSettings(WaypointSettingsStore store) {
        this.store = store;
    }

    @Override
    public InsightSettings current() {
        return store.current().insights();
    }
}
