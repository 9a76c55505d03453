// Mirror of com.atlassian.jira.permission.ProjectPermissions for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (constant names);
//         key values: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/ProjectPermissions.java (6.3)
// Constants are data with their real keys; the one static method is a stub.
// UNVERIFIED: constants added after 7.x (if any) are not mirrored.
// Jira 10/11: ADMINISTER_PROJECTS, BROWSE_PROJECTS <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira
//         11.0.0: jira-api 11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/spi/impl/JiraSlackLinkAccessManager.java
//         (ADMINISTER_PROJECTS),
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java
//         (BROWSE_PROJECTS)
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey VIEW_DEV_TOOLS = new ProjectPermissionKey("VIEW_DEV_TOOLS");
    public static final ProjectPermissionKey VIEW_READONLY_WORKFLOW = new ProjectPermissionKey("VIEW_READONLY_WORKFLOW");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey TRANSITION_ISSUES = new ProjectPermissionKey("TRANSITION_ISSUES");
    public static final ProjectPermissionKey SCHEDULE_ISSUES = new ProjectPermissionKey("SCHEDULE_ISSUES");
    public static final ProjectPermissionKey MOVE_ISSUES = new ProjectPermissionKey("MOVE_ISSUES");
    public static final ProjectPermissionKey ASSIGN_ISSUES = new ProjectPermissionKey("ASSIGN_ISSUES");
    public static final ProjectPermissionKey ASSIGNABLE_USER = new ProjectPermissionKey("ASSIGNABLE_USER");
    public static final ProjectPermissionKey RESOLVE_ISSUES = new ProjectPermissionKey("RESOLVE_ISSUES");
    public static final ProjectPermissionKey CLOSE_ISSUES = new ProjectPermissionKey("CLOSE_ISSUES");
    public static final ProjectPermissionKey MODIFY_REPORTER = new ProjectPermissionKey("MODIFY_REPORTER");
    public static final ProjectPermissionKey DELETE_ISSUES = new ProjectPermissionKey("DELETE_ISSUES");
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
    public static final ProjectPermissionKey SET_ISSUE_SECURITY = new ProjectPermissionKey("SET_ISSUE_SECURITY");
    public static final ProjectPermissionKey VIEW_VOTERS_AND_WATCHERS = new ProjectPermissionKey("VIEW_VOTERS_AND_WATCHERS");
    public static final ProjectPermissionKey MANAGE_WATCHERS = new ProjectPermissionKey("MANAGE_WATCHERS");
    public static final ProjectPermissionKey ADD_COMMENTS = new ProjectPermissionKey("ADD_COMMENTS");
    public static final ProjectPermissionKey EDIT_ALL_COMMENTS = new ProjectPermissionKey("EDIT_ALL_COMMENTS");
    public static final ProjectPermissionKey EDIT_OWN_COMMENTS = new ProjectPermissionKey("EDIT_OWN_COMMENTS");
    public static final ProjectPermissionKey DELETE_ALL_COMMENTS = new ProjectPermissionKey("DELETE_ALL_COMMENTS");
    public static final ProjectPermissionKey DELETE_OWN_COMMENTS = new ProjectPermissionKey("DELETE_OWN_COMMENTS");
    public static final ProjectPermissionKey CREATE_ATTACHMENTS = new ProjectPermissionKey("CREATE_ATTACHMENTS");
    public static final ProjectPermissionKey DELETE_ALL_ATTACHMENTS = new ProjectPermissionKey("DELETE_ALL_ATTACHMENTS");
    public static final ProjectPermissionKey DELETE_OWN_ATTACHMENTS = new ProjectPermissionKey("DELETE_OWN_ATTACHMENTS");
    public static final ProjectPermissionKey WORK_ON_ISSUES = new ProjectPermissionKey("WORK_ON_ISSUES");
    public static final ProjectPermissionKey EDIT_OWN_WORKLOGS = new ProjectPermissionKey("EDIT_OWN_WORKLOGS");
    public static final ProjectPermissionKey EDIT_ALL_WORKLOGS = new ProjectPermissionKey("EDIT_ALL_WORKLOGS");
    public static final ProjectPermissionKey DELETE_OWN_WORKLOGS = new ProjectPermissionKey("DELETE_OWN_WORKLOGS");
    public static final ProjectPermissionKey DELETE_ALL_WORKLOGS = new ProjectPermissionKey("DELETE_ALL_WORKLOGS");

    public ProjectPermissions() {
        throw new UnsupportedOperationException("stub");
    }

    public static ProjectPermissionKey systemProjectPermissionKeyByShortName(String name) {
        throw new UnsupportedOperationException("stub");
    }
}
