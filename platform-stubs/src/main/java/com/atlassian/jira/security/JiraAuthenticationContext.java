// Mirror of com.atlassian.jira.security.JiraAuthenticationContext for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/JiraAuthenticationContext.java (6.3)
//         with getLoggedInUser() returning ApplicationUser since Jira 7: https://developer.atlassian.com/server/jira/platform/jira-7-0-api-changes
// Signatures only.
// Jira 10/11: getLoggedInUser <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;

public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();

    I18nHelper getI18nHelper();

    void setLoggedInUser(ApplicationUser user);

    void clearLoggedInUser();
}
