package dev.waypoint.kpi.search;

import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.Users;
import java.util.List;

/**
 * Users, groups and project roles, as the refresh job and KPI validation need them. The jira-plugin implements it
 * with {@code UserManager}, {@code GroupManager} and {@code ProjectRoleManager}. Member lists hold active users only,
 * ordered by user key.
 */
public interface UserDirectory extends Users {

    boolean groupExists(String group);

    /** The active members of the group (including nested groups); empty for an unknown group. */
    List<Agent> groupMembers(String group);

    /** Whether the project exists and has a project role of that name. */
    boolean projectRoleExists(ProjectKey project, String role);

    /** The active users in the project role of the project (directly or through a group). */
    List<Agent> projectRoleMembers(ProjectKey project, String role);
}
