package dev.waypoint.jira.settings;

import dev.waypoint.app.admin.WaypointSettings;
import dev.waypoint.app.admin.WaypointSettingsStore;
import java.util.Objects;

/** Settings kept in memory, starting from the defaults: for tests and for running the REST API outside Jira. */
public final class InMemoryWaypointSettingsStore implements WaypointSettingsStore {

    private volatile WaypointSettings settings = WaypointSettings.DEFAULTS;

    @Override
    public WaypointSettings current() {
        return settings;
    }

    @Override
    public void save(WaypointSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "'newSettings' must not be null");
    }
}
