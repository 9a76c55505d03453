package dev.waypoint.preview.dashboard;

/**
 * The view model of {@code templates/preview-dashboard/dashboard.vm}: which dashboard, whether it is shown as a
 * wallboard, whether the viewer may change it, and the links between the two views.
 */
public record DashboardPageModel(long dashboardId, boolean wallboard, boolean editable, String dashboardUrl,
        String wallboardUrl) {

    public static DashboardPageModel of(boolean wallboard, boolean editable) {
        return new DashboardPageModel(PreviewDashboard.ID, wallboard, editable,
                DashboardPages.DASHBOARD + "?selectPageId=" + PreviewDashboard.ID,
                DashboardPages.WALLBOARD + "?dashboardId=" + PreviewDashboard.ID);
    }
}
