// Mirror of com.atlassian.jira.issue.issuetype.IssueType for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/issuetype/IssueType.java (6.3)
// Added only because Issue.getIssueType() returns it. Signatures only; minimal subset. Deviation: the real interface
// extends IssueConstant (getId()/getName() come from there); not mirrored.
// Jira 10/11: getName <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
//         (anonymous IssueType) and
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/JiraIssueEventRenderer.java
package com.atlassian.jira.issue.issuetype;

import com.atlassian.annotations.PublicApi;

@PublicApi
public interface IssueType {

    String getId();

    String getName();

    boolean isSubTask();
}
