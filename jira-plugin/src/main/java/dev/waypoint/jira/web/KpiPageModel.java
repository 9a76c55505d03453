package dev.waypoint.jira.web;

import java.util.Objects;

/**
 * The view model of {@code templates/web/kpi-page.vm}: a project's KPI page (the project sidebar's "KPIs") or the KPI
 * directory (top navigation), and whether the viewer may see it. The data comes from
 * {@code GET /rest/waypoint/1.0/kpi-pages/...}, fetched by the page's JavaScript, which also shows a KPI's page when
 * the URL names one ({@code kpi=<id>}).
 *
 * @param projectKey  the Jira project key; empty for the directory
 * @param projectName the project's name, as Jira shows it; empty for the directory
 * @param viewerKey   the viewer's Jira user key (the default owner of a new KPI), empty for nobody
 * @param access      what the viewer may see; anything but {@link ViewerAccess#VIEW} shows a message and no data
 */
public record KpiPageModel(String projectKey, String projectName, String viewerKey, ViewerAccess access) {

    public KpiPageModel {
        projectKey = projectKey == null ? "" : projectKey;
        projectName = projectName == null || projectName.isBlank() ? projectKey : projectName;
        viewerKey = viewerKey == null ? "" : viewerKey;
        Objects.requireNonNull(access, "'access' must not be null");
    }

    /** A project's KPI page (otherwise the directory of every KPI). */
    public boolean isProject() {
        return !projectKey.isEmpty();
    }

    /** The page shows its data (the JavaScript starts only then). */
    public boolean canView() {
        return access == ViewerAccess.VIEW;
    }

    /** The page asks the viewer to log in. */
    public boolean notLoggedIn() {
        return access == ViewerAccess.NOT_LOGGED_IN;
    }
}
