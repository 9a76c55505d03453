package dev.waypoint.preview;

import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.dashboard.DashboardModule;
import dev.waypoint.preview.jira.JiraPickersModule;
import dev.waypoint.preview.pages.AppPagesModule;
import dev.waypoint.preview.pages.KpiPagesModule;
import dev.waypoint.preview.pages.WaypointPagesModule;
import dev.waypoint.preview.wiring.WaypointModule;
import java.util.List;

/**
 * The modules {@code PreviewServer.main} and the browser tests run: the preview's own, the app's wiring (REST, sample
 * data), the app's pages (project page, issue view), the dashboard with the app's dashboard items, the app's whole
 * pages (admin, company) and Jira's REST endpoints behind its user and issue pickers.
 */
public final class PreviewModules {

    private PreviewModules() {
    }

    public static List<PreviewModule> standard() {
        return List.of(new BasicsModule(), new WaypointModule(), new WaypointPagesModule(), new DashboardModule(),
                new AppPagesModule(), new KpiPagesModule(), new JiraPickersModule());
    }
}
