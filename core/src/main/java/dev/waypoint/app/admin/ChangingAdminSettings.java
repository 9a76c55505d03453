package dev.waypoint.app.admin;

import dev.waypoint.kpi.search.UserDirectory;
import java.util.Objects;

/**
 * Replaces every admin setting (DESIGN §4 "Admin page"); Jira administrators only. Everything is checked before
 * anything is stored: every bad value is reported at once, named by its path ({@code scoring.yellowFrom},
 * {@code access.companyViewerGroups[1]}, {@code refresh.epicChildrenJql}), and one bad value stores nothing. The
 * groups must exist in Jira, the story-point field must be a custom field Jira knows, the epic-children JQL needs the
 * placeholder {@code {key}}; ranges are those of core's settings records; texts follow core's text rules.
 */
public final class ChangingAdminSettings {

    /** Most company viewer groups. */
    public static final int MAX_VIEWER_GROUPS = 50;

    private final AdminAccess access;
    private final WaypointSettingsStore store;
    private final UserDirectory users;
    private final CustomFieldLookup fields;

    public ChangingAdminSettings(AdminAccess access, WaypointSettingsStore store, UserDirectory users,
            CustomFieldLookup fields) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.store = Objects.requireNonNull(store, "'store' must not be null");
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.fields = Objects.requireNonNull(fields, "'fields' must not be null");
    }

    /**
     * @return the settings now in force, as the store reads them back
     * @throws dev.waypoint.access.AccessDeniedException unless a Jira administrator (nothing is checked or stored)
     * @throws dev.waypoint.shared.InvalidInputException every bad value; nothing is stored
     */
    public WaypointSettings change(ChangeAdminSettings command) {
        Objects.requireNonNull(command, "'command' must not be null");
        access.requireAdministrator();
        WaypointSettings current = store.current();
        WaypointSettings changed = new AdminSettingsCheck(users, fields).settings(command, current.refresh());
        store.save(changed);
        return store.current();
    }
}
