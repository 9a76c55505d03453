package dev.waypoint.preview.pages;

import java.util.Objects;

/**
 * What the preview's stand-in for Jira's project-centric view shows around the app's project page
 * ({@code templates/preview-pages/project-view.vm}, as {@code $frame}): the project in the sidebar and the selected
 * item.
 *
 * @param pageUrl    the project page (the sidebar item "OKRs &amp; KPIs")
 * @param kpiPageUrl the project's KPI page (the sidebar item "KPIs")
 */
public record ProjectFrame(String projectKey, String projectName, String pageUrl, String kpiPageUrl) {

    public ProjectFrame {
        Objects.requireNonNull(projectKey, "'projectKey' must not be null");
        Objects.requireNonNull(projectName, "'projectName' must not be null");
        Objects.requireNonNull(pageUrl, "'pageUrl' must not be null");
        Objects.requireNonNull(kpiPageUrl, "'kpiPageUrl' must not be null");
    }
}
