// Mirror of com.atlassian.jira.user.util.UserManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html and
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/user/util/UserManager.java (6.3);
//         getUserByKey on Jira 11 per reference doc section 2.3.
// Signatures only; only the two lookups the app uses (the published interface has many more methods).
// Jira 10/11: getUserByKey <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java
//         (jiraUserManager.getUserByKey)
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;
import javax.annotation.Nullable;

public interface UserManager {

    @Nullable
    ApplicationUser getUserByKey(@Nullable String userKey);

    @Nullable
    ApplicationUser getUserByName(@Nullable String userName);
}
