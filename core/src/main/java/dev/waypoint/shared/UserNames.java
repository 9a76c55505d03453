package dev.waypoint.shared;

import java.util.Collection;
import java.util.Map;

/** The display names of users as the host knows them (Jira's user manager), for showing who did something. */
@FunctionalInterface
public interface UserNames {

    /** The display name of each of {@code users} the host knows; unknown (e.g. deleted) users are absent. */
    Map<UserKey, String> displayNames(Collection<UserKey> users);
}
