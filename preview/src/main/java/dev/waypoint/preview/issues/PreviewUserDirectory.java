package dev.waypoint.preview.issues;

import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link UserDirectory} over the preview's users (the four preview users and the directory-only agents), groups and
 * project roles, standing in for Jira's user, group and project-role managers. Every user is active.
 */
public final class PreviewUserDirectory implements UserDirectory {

    private final Set<String> usernames;
    private final DirectoryGroups groups;

    public PreviewUserDirectory(Collection<DirectoryUser> users, DirectoryGroups groups) {
        this.usernames = users.stream().map(DirectoryUser::username).collect(Collectors.toUnmodifiableSet());
        this.groups = Objects.requireNonNull(groups, "'groups' must not be null");
    }

    @Override
    public boolean isActive(UserKey user) {
        return usernames.contains(Objects.requireNonNull(user, "'user' must not be null").value());
    }

    @Override
    public boolean groupExists(String group) {
        return group != null && groups.groups().containsKey(group);
    }

    @Override
    public List<Agent> groupMembers(String group) {
        return agents(groupExists(group) ? groups.members(group) : List.of());
    }

    @Override
    public boolean projectRoleExists(ProjectKey project, String role) {
        return project != null && role != null
                && groups.projectRoles().getOrDefault(project.value(), Map.of()).containsKey(role);
    }

    @Override
    public List<Agent> projectRoleMembers(ProjectKey project, String role) {
        if (!projectRoleExists(project, role)) {
            return List.of();
        }
        return agents(groups.projectRoles().get(project.value()).get(role));
    }

    private List<Agent> agents(Collection<String> members) {
        return members.stream().distinct().filter(usernames::contains).sorted(Comparator.naturalOrder())
                .map(name -> new Agent(new UserKey(name), name)).toList();
    }
}
