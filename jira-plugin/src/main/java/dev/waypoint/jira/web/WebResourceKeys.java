package dev.waypoint.jira.web;

/** The complete keys of the web resources ({@code atlassian-plugin.xml}) the surfaces require. */
public final class WebResourceKeys {

    public static final String PLUGIN_KEY = "dev.waypoint.waypoint-jira";

    /** Chart library, shared infrastructure, the project page's modules and styles. */
    public static final String PROJECT_PAGE = PLUGIN_KEY + ":waypoint-project-page";

    /** Shared infrastructure, the issue panel's modules and styles. */
    public static final String ISSUE_PANEL = PLUGIN_KEY + ":waypoint-issue-panel";

    /** The key of the project sidebar's web-item; the project page's web-panel is rendered at this location. */
    public static final String PROJECT_PAGE_ITEM = PLUGIN_KEY + ":waypoint-project-page-link";

    /** Shared infrastructure, charts, the KPI pages' modules and styles (a project's KPIs, the directory). */
    public static final String KPI_PAGES = PLUGIN_KEY + ":waypoint-kpi-pages";

    /** The key of the project sidebar's "KPIs" item; a project's KPI page is rendered at this location. */
    public static final String KPI_PAGE_ITEM = PLUGIN_KEY + ":waypoint-project-kpis-link";

    private WebResourceKeys() {
    }
}
