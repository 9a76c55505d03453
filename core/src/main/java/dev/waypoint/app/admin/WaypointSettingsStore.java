package dev.waypoint.app.admin;

/**
 * Where Waypoint's admin settings are kept (a port): the Jira app keeps them in SAL's global plugin settings
 * ({@code dev.waypoint.jira.settings.PluginSettingsWaypointSettings}), the preview and the tests in memory
 * ({@code dev.waypoint.jira.settings.InMemoryWaypointSettingsStore}).
 */
public interface WaypointSettingsStore {

    /** The current settings; a missing or damaged stored value reads as its default. */
    WaypointSettings current();

    /** Replaces every setting. The caller ({@link ChangingAdminSettings}) has validated them. */
    void save(WaypointSettings settings);
}
