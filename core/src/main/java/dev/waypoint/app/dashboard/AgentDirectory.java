package dev.waypoint.app.dashboard;

import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.Map;

/**
 * Agents by user key, from the platform's user directory (Jira: its user manager's cache, no query of the app's),
 * for showing a per-agent breakdown with names and linking each row to its issues.
 */
@FunctionalInterface
public interface AgentDirectory {

    /** The profile of each of {@code users} the platform knows; unknown (e.g. deleted) users are absent. */
    Map<UserKey, AgentProfile> profiles(Collection<UserKey> users);
}
