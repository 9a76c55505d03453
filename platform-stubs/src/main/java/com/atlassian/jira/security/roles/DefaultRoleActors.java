// Mirror of com.atlassian.jira.security.roles.DefaultRoleActors for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/roles/DefaultRoleActors.java (6.3);
//         getApplicationUsers() on a Jira 7+/8 code base: ProjectRoleActors#getApplicationUsers() call found by the code index
//         (repository not identified). Added only because ProjectRoleActors extends it.
// Signatures only; minimal subset.
// UNVERIFIED: getUsers() returns Set<ApplicationUser> since Jira 7 (was Set<crowd User> in 6.3);
// whether getApplicationUsers() is deprecated in Jira 11. Left out: getRoleActors(), getRoleActorsByType(String),
// add/removeRoleActor(s) (need RoleActor, not mirrored).
package com.atlassian.jira.security.roles;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Set;

@PublicApi
public interface DefaultRoleActors {

    Set<ApplicationUser> getUsers();

    Set<ApplicationUser> getApplicationUsers();

    Long getProjectRoleId();

    boolean contains(ApplicationUser user);
}
