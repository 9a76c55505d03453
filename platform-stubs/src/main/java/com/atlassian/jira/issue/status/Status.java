// Mirror of com.atlassian.jira.issue.status.Status for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/status/Status.java (6.3)
// Signatures only; minimal subset. Deviation: the real interface extends IssueConstant (getId()/getName() come from
// there); not mirrored, declared here directly.
// Jira 10/11: getStatusCategory <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
//         (anonymous Status)
package com.atlassian.jira.issue.status;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.issue.status.category.StatusCategory;

@PublicApi
public interface Status {

    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
