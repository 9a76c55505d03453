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
 *
 * <p>Each import becomes a bean of the plugin's Spring context, named by the annotation's value or, without one, by the
 * type's simple name with its first letter in lower case (Spring Scanner's runtime,
 * {@code ComponentImportBeanFactoryPostProcessor#registerComponentImportBean}: {@code StringUtils.uncapitalize(
 * beanClass.getSimpleName())}; decompiled scanner 2.x in wjkennedy/DECOMPanalytics). Two imported types with one simple
 * name would both be called {@code userManager}, and the second registration replaces the first: Jira's and SAL's
 * {@code UserManager} are therefore imported under names of their own, as Atlassian's own Jira 11 app does
 * (atlassian-labs/atlassian-slack-integration-server, {@code jira-slack-server-integration-plugin/.../service/
 * ComponentImports.java}: {@code @ComponentImport("jiraUserManager")}, {@code @ComponentImport("salUserManager")}), and
 * the constructors that take one qualify it with {@code @Qualifier} and these names. {@code WiringContractTest} applies
 * the scanner's naming rules to every import, component and bean of plugin-context.xml.
 */
@SuppressWarnings("unused")
public final class ComponentImports {

    /** Bean name of Jira's {@code com.atlassian.jira.user.util.UserManager}. */
    public static final String JIRA_USER_MANAGER = "jiraUserManager";

    /** Bean name of SAL's {@code com.atlassian.sal.api.user.UserManager}. */
    public static final String SAL_USER_MANAGER = "salUserManager";

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

    @ComponentImport(JIRA_USER_MANAGER)
    private UserManager jiraUserManager;

    @ComponentImport(SAL_USER_MANAGER)
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
