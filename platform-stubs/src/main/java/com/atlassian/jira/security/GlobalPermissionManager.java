// Mirror of com.atlassian.jira.security.GlobalPermissionManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/GlobalPermissionManager.java (6.3);
//         Jira 11.3.1 usage: codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/helper/UserHasProjectAdministrationPermission.java;
//         mailru/jira-plugins-mrimsender src/main/java/ru/mail/jira/plugins/calendar/common/Utils.java
// Signatures only; only hasPermission(GlobalPermissionKey, ApplicationUser) (the published interface has more).
// Jira 10/11: hasPermission(GlobalPermissionKey, ApplicationUser) <-
//         atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

public interface GlobalPermissionManager {

    boolean hasPermission(@Nonnull GlobalPermissionKey globalPermissionKey, @Nullable ApplicationUser user);
}
