// Mirror of com.atlassian.jira.security.roles.ProjectRoleActors for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/roles/ProjectRoleActors.java (6.3)
// Signatures only.
package com.atlassian.jira.security.roles;

import com.atlassian.annotations.PublicApi;

@PublicApi
public interface ProjectRoleActors extends DefaultRoleActors {

    Long getProjectId();
}
