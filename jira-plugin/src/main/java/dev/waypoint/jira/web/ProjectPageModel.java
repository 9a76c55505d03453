package dev.waypoint.jira.web;

import java.util.Objects;

/**
 * The view model of {@code templates/web/project-page.vm}: which project, and whether the viewer may see its OKRs and
 * KPIs. The page's data comes from {@code GET /rest/waypoint/1.0/projects/{projectKey}/okrs} and the KPI endpoints,
 * fetched by the page's JavaScript with the key from the {@code data-project-key} attribute.
 *
 * @param projectKey  the Jira project key
 * @param projectName the project's name, as Jira shows it
 * @param viewerKey   the viewer's Jira user key (the default owner of what they create), empty for nobody
 * @param access      what the viewer may see; anything but {@link ViewerAccess#VIEW} shows a message and no data
 */
public record ProjectPageModel(String projectKey, String projectName, String viewerKey, ViewerAccess access) {

    public ProjectPageModel {
        Objects.requireNonNull(projectKey, "'projectKey' must not be null");
        Objects.requireNonNull(access, "'access' must not be null");
        projectName = projectName == null || projectName.isBlank() ? projectKey : projectName;
        viewerKey = viewerKey == null ? "" : viewerKey;
    }

    /** The page shows the project's data (the JavaScript starts only then). */
    public boolean canView() {
        return access == ViewerAccess.VIEW;
    }

    /** The page asks the viewer to log in. */
    public boolean notLoggedIn() {
        return access == ViewerAccess.NOT_LOGGED_IN;
    }
}
