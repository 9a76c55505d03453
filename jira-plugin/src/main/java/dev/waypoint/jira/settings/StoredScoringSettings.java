package dev.waypoint.jira.settings;

import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.scoring.ScoringSettingsSource;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Core's {@link ScoringSettingsSource}: the scoring part of the admin's current settings. */
@Named
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
