// Mirror of com.atlassian.jira.project.Project for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/Project.java (6.3);
//         reference doc section 2.4
// Signatures only; minimal subset.
// UNVERIFIED: ApplicationUser getProjectLead() (Jira 7+ return type) and getLeadUserKey() against a Jira 8+ listing.
// Jira 10/11: getKey, getName <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
//         (anonymous Project) and
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ProjectConfigurationResource.java
package com.atlassian.jira.project;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.user.ApplicationUser;

@PublicApi
public interface Project {

    Long getId();

    String getKey();

    String getName();

    String getDescription();

    ApplicationUser getProjectLead();

    String getLeadUserKey();
}
