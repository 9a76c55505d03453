package dev.waypoint.jira.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

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

    // Access (JiraAccessFacts, JiraUsers, PluginSettingsAccessSettings) and REST error messages (JiraI18n).

    @ComponentImport
    private GroupManager groupManager;

    @ComponentImport
    private ProjectManager projectManager;

    @ComponentImport
    private UserManager userManager;

    @ComponentImport
    private com.atlassian.sal.api.user.UserManager salUserManager;

    @ComponentImport
    private PluginSettingsFactory pluginSettingsFactory;

    @ComponentImport
    private I18nResolver i18nResolver;

    // KPI searches and the refresh job (dev.waypoint.jira.search, dev.waypoint.jira.schedule); SearchService,
    // UserManager, GroupManager, ProjectManager and PluginSettingsFactory are imported above.

    @ComponentImport
    private com.atlassian.jira.issue.CustomFieldManager customFieldManager;

    @ComponentImport
    private com.atlassian.jira.security.roles.ProjectRoleManager projectRoleManager;

    @ComponentImport
    private com.atlassian.scheduler.SchedulerService schedulerService;

    // Issue lookups as the viewer for initiatives and the issue panel (dev.waypoint.jira.issue); PermissionManager and
    // CustomFieldManager are imported above.

    @ComponentImport
    private com.atlassian.jira.issue.IssueManager issueManager;

    // The project page and the issue panel require their web resources (dev.waypoint.jira.web context providers).

    @ComponentImport
    private com.atlassian.webresource.api.assembler.PageBuilderService pageBuilderService;

    private ComponentImports() {
    }
}
