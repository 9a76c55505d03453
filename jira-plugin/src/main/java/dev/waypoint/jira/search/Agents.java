package dev.waypoint.jira.search;

import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ApplicationUser} to {@link Agent}: the user key Waypoint stores and the user name JQL resolves in
 * {@code assignee = "<name>"} ({@link ApplicationUser#getUsername()}, not the display name, which JQL may find
 * ambiguous). Pure.
 */
final class Agents {

    private Agents() {
    }

    /** The agent of a user; empty for {@code null}, a user without key or user name, or a key Waypoint cannot store. */
    static Optional<Agent> of(ApplicationUser user) {
        if (user == null) {
            return Optional.empty();
        }
        String key = user.getKey();
        String name = user.getUsername();
        if (key == null || key.isBlank() || key.length() > Limits.KEY || name == null || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Agent(new UserKey(key), name));
    }

    /** The active users of {@code users} as agents, each once, ordered by user key (the {@code UserDirectory} contract). */
    static List<Agent> activeSortedByKey(Collection<ApplicationUser> users) {
        if (users == null) {
            return List.of();
        }
        Map<String, Agent> byKey = new LinkedHashMap<>();
        for (ApplicationUser user : users) {
            if (user != null && user.isActive()) {
                of(user).ifPresent(agent -> byKey.putIfAbsent(agent.key().value(), agent));
            }
        }
        return byKey.values().stream().sorted(Comparator.comparing(agent -> agent.key().value())).toList();
    }
}
