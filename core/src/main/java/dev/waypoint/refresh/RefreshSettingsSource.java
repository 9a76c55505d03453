package dev.waypoint.refresh;

/** Where the refresh job reads the admin's current {@link RefreshSettings} (plugin settings in the jira-plugin). */
@FunctionalInterface
public interface RefreshSettingsSource {

    RefreshSettings current();
}
