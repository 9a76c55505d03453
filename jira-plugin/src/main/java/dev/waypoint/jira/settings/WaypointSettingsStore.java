package dev.waypoint.jira.settings;

/**
 * Where Waypoint's admin settings are kept: SAL's global plugin settings in Jira
 * ({@link PluginSettingsWaypointSettings}), memory in tests ({@link InMemoryWaypointSettingsStore}).
 */
public interface WaypointSettingsStore {

    /** The current settings; a missing or damaged stored value reads as its default. */
    WaypointSettings current();

    /** Replaces every setting. The caller has validated them. */
    void save(WaypointSettings settings);
}
