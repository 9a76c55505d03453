package dev.waypoint.jira.settings;

import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.scoring.ScoringSettingsSource;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Core's {@link ScoringSettingsSource}: the scoring part of the admin's current settings. */
@Component
public class StoredScoringSettings implements ScoringSettingsSource {

    private final WaypointSettingsStore store;

    @Inject
    public StoredScoringSettings(WaypointSettingsStore store) {
        this.store = store;
    }

    @Override
    public ScoringSettings current() {
        return store.current().scoring();
    }
}
