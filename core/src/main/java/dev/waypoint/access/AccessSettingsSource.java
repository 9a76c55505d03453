package dev.waypoint.access;

/**
 * Where the adapters read the admin's current {@link AccessSettings} (the jira-plugin keeps them in plugin settings).
 */
@FunctionalInterface
public interface AccessSettingsSource {

    AccessSettings current();
}
