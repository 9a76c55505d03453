package dev.waypoint.jira.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Objects;

/**
 * Waypoint's own pages, each a {@code <webwork1>} action of {@code atlassian-plugin.xml} whose view is a whole HTML
 * page decorated by Jira (SiteMesh, {@code <meta name="decorator">}): its template, the web resource it requires and
 * the i18n key of its title. The template only lays out the regions and translates; the page's AMD module fills them
 * from the REST API. Shared by the actions and the preview, which renders the same templates.
 */
public enum AppPage {

    /**
     * Jira administration, the app's own section ({@code admin_plugins_menu}): cycles and every setting. Action
     * {@code WaypointAdmin}, {@code roles-required="admin"}: Jira answers everybody else with its permission-violation
     * page (or the login page).
     */
    ADMIN("templates/admin/admin-page.vm", WebResourceKeys.PLUGIN_KEY + ":waypoint-admin-page",
            "waypoint.admin.title", "/secure/admin/WaypointAdmin.jspa"),

    /**
     * The company page, from the top navigation item "OKRs": the alignment tree, the KPI tree, the close wizard.
     * Action {@code WaypointCompany}, {@code roles-required="use"} (licensed users).
     */
    COMPANY("templates/company/company-page.vm", WebResourceKeys.PLUGIN_KEY + ":waypoint-company-page",
            "waypoint.company.title", "/secure/WaypointCompany.jspa");

    private final String template;
    private final String webResource;
    private final String titleKey;
    private final String path;

    AppPage(String template, String webResource, String titleKey, String path) {
        this.template = template;
        this.webResource = webResource;
        this.titleKey = titleKey;
        this.path = path;
    }

    public String template() {
        return template;
    }

    /** The complete key of the page's web resource. */
    public String webResource() {
        return webResource;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The page's address under Jira's context path (also the preview's). */
    public String path() {
        return path;
    }

    /** Requires the page's web resources for the page being rendered. */
    public void require(PageBuilderService pageBuilder) {
        Objects.requireNonNull(pageBuilder, "'pageBuilder' must not be null").assembler().resources()
                .requireWebResource(webResource);
    }
}
