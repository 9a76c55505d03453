package dev.waypoint.access;

import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;

/**
 * What the platform can tell about a user: the facts {@link Permissions} decides on. The jira-plugin answers them from
 * Jira's permission, group and licence services; tests use an in-memory fake. Every method takes a logged-in user
 * (anonymous users are handled by {@link Permissions} before any fact is asked) and answers {@code false} for a user or
 * a project that does not exist.
 */
public interface AccessFacts {

    /** Whether the user exists, is active and holds a licence for the product (may use Jira, not just log in). */
    boolean isLicensed(UserKey user);

    /** Whether the user has the global permission Jira Administrators or Jira System Administrators. */
    boolean isJiraAdmin(UserKey user);

    boolean isInGroup(UserKey user, String group);

    /** Whether the user has Browse Projects on the project. */
    boolean canBrowseProject(UserKey user, ProjectKey project);

    /** Whether the user has Administer Projects on the project (the project permission only; no global admin). */
    boolean isProjectAdmin(UserKey user, ProjectKey project);

    /** The admin's current access settings. */
    AccessSettings settings();
}
