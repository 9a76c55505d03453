package dev.waypoint.jira.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

/**
 * Every OSGi service Waypoint imports from Jira, in one place (code-style §3 rule 9). The Spring Scanner maven plugin
 * (profile {@code jira}) turns these fields into the plugin's import index; Waypoint's own components then receive the
 * services through their constructors. Nothing reads these fields.
 */
@SuppressWarnings("unused")
public final class ComponentImports {

    @ComponentImport
    private ActiveObjects activeObjects;

    @ComponentImport
    private JiraAuthenticationContext authenticationContext;

    @ComponentImport
    private PermissionManager permissionManager;

    @ComponentImport
    private GlobalPermissionManager globalPermissionManager;

    @ComponentImport
    private SearchService searchService;

    private ComponentImports() {
    }
}
