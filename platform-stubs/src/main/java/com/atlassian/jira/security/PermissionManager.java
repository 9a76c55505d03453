// Mirror of com.atlassian.jira.security.PermissionManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/PermissionManager.java (6.3);
//         hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user) on Jira 11.3.1:
//         codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java
// Signatures only; only the members the app uses (the published interface has more).
// Jira 10/11: hasPermission(ProjectPermissionKey, Issue, ApplicationUser), hasPermission(ProjectPermissionKey, Project,
//         ApplicationUser) <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java
//         (Issue),
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/spi/impl/JiraSlackLinkAccessManager.java
//         (Project)
// Not confirmed for Jira 10/11: getProjects(ProjectPermissionKey, ApplicationUser) <- in the 6.3 source above and used
//         the same way by many public apps (permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, user)),
//         but no Jira 10/11 app or Javadoc with it was found
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

public interface PermissionManager {

    boolean hasPermission(@Nonnull ProjectPermissionKey permissionKey, @Nonnull Issue issue, @Nullable ApplicationUser user);

    boolean hasPermission(@Nonnull ProjectPermissionKey permissionKey, @Nonnull Project project, @Nullable ApplicationUser user);

    boolean hasPermission(@Nonnull ProjectPermissionKey permissionKey, @Nonnull Project project, @Nullable ApplicationUser user, boolean issueCreation);

    Collection<Project> getProjects(@Nonnull ProjectPermissionKey permissionKey, @Nullable ApplicationUser user);
}
