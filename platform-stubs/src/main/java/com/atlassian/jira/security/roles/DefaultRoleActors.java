// Mirror of com.atlassian.jira.security.roles.DefaultRoleActors for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/roles/DefaultRoleActors.java (6.3:
//         Set<User> getUsers() beside the transitional Set<ApplicationUser> getApplicationUsers());
//         Jira 7.0 turned the Crowd User of the API into ApplicationUser: https://developer.atlassian.com/server/jira/platform/jira-7-0-api-changes/
//         ("User replaced with ApplicationUser", risk high, all add-ons), so since Jira 7 getUsers() returns Set<ApplicationUser>.
// Signatures only; minimal subset. Waypoint calls getUsers() and no longer getApplicationUsers(), which exists only as the
// 6.x transition method (whether Jira 10/11 still has it is not confirmed by any source found).
// UNVERIFIED: getUsers() in a Jira 10/11 listing (no Jira 10/11 Javadoc page or app using it was found); check with
// scripts/check-linked-api. Left out: getRoleActors(), getRoleActorsByType(String), add/removeRoleActor(s) (need RoleActor,
// not mirrored).
// Not confirmed for Jira 10/11: getUsers <- no Jira 10/11 listing or app using project roles found; getUsers() is the
//         Jira 7+ form returning ApplicationUsers (Source above), chosen over the 6.x transition method
//         getApplicationUsers()
package com.atlassian.jira.security.roles;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Set;

@PublicApi
public interface DefaultRoleActors {

    Set<ApplicationUser> getUsers();

    Long getProjectRoleId();

    boolean contains(ApplicationUser user);
}
