// Mirror of com.atlassian.jira.user.ApplicationUser for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
//         ("public interface ApplicationUser extends Principal, WithId, WithKey"; Long getId() via
//         https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html);
//         6.3 baseline turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/user/ApplicationUser.java
// Signatures only. Deviation: getId()/getKey() are declared here directly instead of being inherited from
// com.atlassian.jira.util.WithId / WithKey (not mirrored); call sites compile and link the same way.
// Left out: getDirectoryUser() (returns a Crowd type not mirrored here).
// Jira 10/11: getDisplayName, getKey, isActive <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira
//         11.0.0: jira-api 11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/JsonPrimitiveReferenceInsertionEventHandler.java
//         (getDisplayName),
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java
//         (getKey),
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/PersonalNotificationManager.java
//         (isActive)
// Jira 10/11: getUsername <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java
package com.atlassian.jira.user;

import java.security.Principal;

public interface ApplicationUser extends Principal {

    Long getId();

    String getKey();

    String getUsername();

    @Override
    String getName();

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();
}
