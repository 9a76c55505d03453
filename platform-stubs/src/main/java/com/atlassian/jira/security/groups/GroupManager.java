// Mirror of com.atlassian.jira.security.groups.GroupManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html (Jira 7.x, ApplicationUser-based);
//         isUserInGroup(ApplicationUser, String) usage: dmytr0/jira-employee-list src/main/java/ua/softlist/employee/jira/webwork/EmployeesViewAction.java;
//         getUserNamesInGroup(String) : Collection<String> in turgaycelik/mysource .../com/atlassian/jira/security/groups/GroupManager.java (6.3);
//         groupExists(String) ("Returns true if the given group name exists", @since v3.13) in that same 6.3 file
// Signatures only; only the members the app uses.
// UNVERIFIED: getUsersInGroup(String) returning Collection<ApplicationUser> (Jira 7+ form) was not seen in a
// Jira 8+ listing; getUserNamesInGroup(String) may be deprecated in newer Jira.
// Jira 10/11: groupExists(String) <-
//         https://docs.atlassian.com/software/jira/docs/api/10.3.1/com/atlassian/jira/security/groups/GroupManager.html
//         (Jira 10.3.1 Javadoc: "boolean groupExists(String groupName)")
// Not confirmed for Jira 10/11: getUsersInGroup(String), isUserInGroup(ApplicationUser, String) <- the Jira 10.3.1
//         Javadoc page of GroupManager was found but only its beginning could be read (groupExists,
//         getDirectUsersInGroup(Group), getGroupNamesForUser ...); these ApplicationUser forms are the Jira 7+ ones
//         (Source above) and no other Jira 10/11 source or alternative without Crowd's Group type was found
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

public interface GroupManager {

    boolean groupExists(String groupName);

    boolean isUserInGroup(ApplicationUser user, String groupname);

    Collection<ApplicationUser> getUsersInGroup(String groupName);

    Collection<String> getUserNamesInGroup(String groupName);
}
