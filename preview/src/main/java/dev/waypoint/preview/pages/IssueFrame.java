package dev.waypoint.preview.pages;

import java.util.Objects;

/**
 * What the preview's stand-in for Jira's issue view shows around the app's issue panel
 * ({@code templates/preview-pages/issue-view.vm}, as {@code $frame}).
 *
 * @param visible        whether the viewer may see the issue; if not, the page says so and shows nothing else
 * @param statusKey      the i18n key of the issue's status category
 * @param epicKey        the issue's epic, or {@code null}
 * @param projectPageUrl the project's "OKRs &amp; KPIs" page
 */
public record IssueFrame(String issueKey, boolean visible, String summary, String statusKey, String epicKey,
        String projectKey, String projectName, String projectPageUrl) {

    public IssueFrame {
        Objects.requireNonNull(issueKey, "'issueKey' must not be null");
        Objects.requireNonNull(projectKey, "'projectKey' must not be null");
    }

    public boolean hasEpic() {
        return epicKey != null;
    }
}
