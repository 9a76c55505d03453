package dev.waypoint.app.dashboard;

import dev.waypoint.shared.UserKey;
import java.util.List;

/**
 * The projects a user may browse, as the platform lists them in one call (Jira: {@code PermissionManager.getProjects}
 * with Browse Projects): the same fact as {@code AccessFacts.canBrowseProject}, asked for every project at once so
 * that a picker does not ask it project by project.
 */
@FunctionalInterface
public interface BrowsableProjects {

    /** The projects {@code user} has Browse Projects on, in any order; empty for an unknown or inactive user. */
    List<ProjectChoice> browsableBy(UserKey user);
}
