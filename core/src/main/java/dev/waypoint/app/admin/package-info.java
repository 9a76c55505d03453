/**
 * The application layer of Waypoint's admin page (DESIGN §4 "Admin page"): the settings as one value
 * ({@link dev.waypoint.app.admin.WaypointSettings}), the ports they are kept and checked through
 * ({@link dev.waypoint.app.admin.WaypointSettingsStore}, {@link dev.waypoint.app.admin.CustomFieldLookup}), and the
 * use cases of the page, reading them ({@link dev.waypoint.app.admin.AdminSettingsQuery}) and changing them
 * ({@link dev.waypoint.app.admin.ChangingAdminSettings}); both for Jira administrators only
 * ({@link dev.waypoint.app.admin.AdminAccess}).
 */
package dev.waypoint.app.admin;
