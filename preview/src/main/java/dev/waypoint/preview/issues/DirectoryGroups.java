package dev.waypoint.preview.issues;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The groups and project roles of the preview's Jira directory, by name: group name to member usernames, and
 * project key to role name to member usernames.
 */
public record DirectoryGroups(Map<String, List<String>> groups, Map<String, Map<String, List<String>>> projectRoles) {

    public DirectoryGroups {
        Objects.requireNonNull(groups, "'groups' must not be null");
        Objects.requireNonNull(projectRoles, "'projectRoles' must not be null");
        groups = Map.copyOf(groups);
        projectRoles = Map.copyOf(projectRoles);
    }

    public List<String> members(String group) {
        return List.copyOf(groups.getOrDefault(group, List.of()));
    }

    public boolean isMember(String username, String group) {
        return groups.getOrDefault(group, List.of()).contains(username);
    }
}
