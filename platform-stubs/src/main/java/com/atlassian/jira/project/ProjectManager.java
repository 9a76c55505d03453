// Mirror of com.atlassian.jira.project.ProjectManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java (6.3);
//         getProjectByCurrentKey on Jira 11.3.1: codescape/jira-scrum-poker
//         src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java
// Signatures only; the members the app uses.
// Jira 10/11: getProjectByCurrentKey, getProjectObjByKey <- atlassian-labs/atlassian-slack-integration-server@94c50dc
//         (Jira 11.0.0: jira-api 11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ProjectConfigurationResource.java
//         (getProjectByCurrentKey),
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/actions/AbstractProjectAction.java
//         (getProjectObjByKey)
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {

    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    Project getProjectByCurrentKey(String projectKey);

    Project getProjectByCurrentKeyIgnoreCase(String projectKey);

    List<Project> getProjectObjects();

    long getProjectCount();
}
