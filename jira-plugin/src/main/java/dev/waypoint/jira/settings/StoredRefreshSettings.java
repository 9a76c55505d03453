package dev.waypoint.jira.settings;

import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.refresh.RefreshSettingsSource;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Core's {@link RefreshSettingsSource}: the refresh part of the admin's current settings. */
@Component
public class StoredRefreshSettings implements RefreshSettingsSource {

    private final WaypointSettingsStore store;

    @Inject
    public StoredRefreshSettings(WaypointSettingsStore store) {
        this.store = store;
    }

    @Override
    public RefreshSettings current() {
        return store.current().refresh();
    }
}
