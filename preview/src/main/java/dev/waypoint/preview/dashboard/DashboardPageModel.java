package dev.waypoint.preview.dashboard;

/**
 * The view model of {@code templates/preview-dashboard/dashboard.vm}: which dashboard, whether it is shown as a
 * wallboard, whether the viewer may change it, the links between the two views, and the dashboard with its items
 * and their preferences as JSON (the page carries them, as Jira's dashboard page carries its items' settings, so that
 * the items start without another request; escaped by Velocity into an attribute).
 */
public record DashboardPageModel(long dashboardId, boolean wallboard, boolean editable, String dashboardUrl,
        String wallboardUrl, String dashboardJson) {

    public static DashboardPageModel of(boolean wallboard, boolean editable) {
        return of(wallboard, editable, "");
    }

    public static DashboardPageModel of(boolean wallboard, boolean editable, String dashboardJson) {
        return new DashboardPageModel(PreviewDashboard.ID, wallboard, editable,
                DashboardPages.DASHBOARD + "?selectPageId=" + PreviewDashboard.ID,
                DashboardPages.WALLBOARD + "?dashboardId=" + PreviewDashboard.ID, dashboardJson);
    }
}
