package dev.waypoint.jira.settings;

import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.kpi.KpiDefaults;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Core's {@link KpiDefaults}: the default KPI refresh interval of the admin's current settings. */
@Component
public class StoredKpiDefaults implements KpiDefaults {

    private final WaypointSettingsStore store;

    @Inject
    public StoredKpiDefaults(WaypointSettingsStore store) {
        this.store = store;
    }

    @Override
    public int refreshMinutes() {
        return store.current().defaultKpiRefreshMinutes();
    }
}
