package dev.waypoint.jira.web;

import java.util.Objects;

/**
 * The view model of {@code templates/web/issue-panel.vm}: which issue, and whether the viewer may see the key results
 * it drives. The list comes from {@code GET /rest/waypoint/1.0/issues/{issueKey}/key-results}, fetched by the panel's
 * JavaScript with the key from the {@code data-issue-key} attribute.
 *
 * @param issueKey   the Jira issue key
 * @param projectKey the issue's project key (the link dialog offers the key results of this project)
 * @param access     what the viewer may see; anything but {@link ViewerAccess#VIEW} shows a message and no data
 */
public record IssuePanelModel(String issueKey, String projectKey, ViewerAccess access) {

    public IssuePanelModel {
        Objects.requireNonNull(issueKey, "'issueKey' must not be null");
        Objects.requireNonNull(projectKey, "'projectKey' must not be null");
        Objects.requireNonNull(access, "'access' must not be null");
    }

    public boolean canView() {
        return access == ViewerAccess.VIEW;
    }

    public boolean notLoggedIn() {
        return access == ViewerAccess.NOT_LOGGED_IN;
    }
}
