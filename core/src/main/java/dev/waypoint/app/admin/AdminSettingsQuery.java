package dev.waypoint.app.admin;

import java.util.Objects;

/** Reads Waypoint's settings for the admin page; Jira administrators only. */
public final class AdminSettingsQuery {

    private final AdminAccess access;
    private final WaypointSettingsStore store;

    public AdminSettingsQuery(AdminAccess access, WaypointSettingsStore store) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.store = Objects.requireNonNull(store, "'store' must not be null");
    }

    /**
     * The settings in force (a missing or damaged stored value reads as its default).
     *
     * @throws dev.waypoint.access.AccessDeniedException unless a Jira administrator
     */
    public WaypointSettings current() {
        access.requireAdministrator();
        return store.current();
    }

    /**
     * The settings of a fresh installation, which "Reset to default" offers; nothing is read or stored.
     *
     * @throws dev.waypoint.access.AccessDeniedException unless a Jira administrator
     */
    public WaypointSettings defaults() {
        access.requireAdministrator();
        return WaypointSettings.DEFAULTS;
    }
}
