// Mirror of com.atlassian.jira.security.roles.ProjectRole for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/roles/ProjectRole.java (6.3);
//         same three methods implemented against jira-api 8.x by cures-hub/cures-condec-jira
//         src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockProjectRole.java
// Signatures only.
package com.atlassian.jira.security.roles;

import com.atlassian.annotations.PublicApi;

@PublicApi
public interface ProjectRole {

    Long getId();

    String getName();

    String getDescription();
}
