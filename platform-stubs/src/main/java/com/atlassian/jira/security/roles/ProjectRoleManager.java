// Mirror of com.atlassian.jira.security.roles.ProjectRoleManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: full implementation against jira-api 8.x: cures-hub/cures-condec-jira
//         src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockProjectRoleManager.java;
//         https://docs.atlassian.com/jira/8.22.4/com/atlassian/jira/security/roles/DefaultProjectRoleManager.html
// Signatures only; only the members the app uses (the published interface has more, e.g. role CRUD and
// the nested ProjectIdToProjectRoleIdsMap class).
// Not confirmed for Jira 10/11: getProjectRole(String), getProjectRoleActors(ProjectRole, Project) <- no Jira 10/11
//         listing or app using project roles found; no other form to replace them with
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

public interface ProjectRoleManager {

    Collection<ProjectRole> getProjectRoles();

    Collection<ProjectRole> getProjectRoles(ApplicationUser user, Project project);

    ProjectRole getProjectRole(Long id);

    ProjectRole getProjectRole(String name);

    ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);

    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);
}
