package dev.waypoint.kpi.fake;

import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A scripted {@link UserDirectory}: every user is active unless deactivated; groups and roles as given. */
public final class FakeUserDirectory implements UserDirectory {

    private final Set<UserKey> inactive = new HashSet<>();
    private final Map<String, List<Agent>> groups = new HashMap<>();
    private final Map<String, List<Agent>> roles = new HashMap<>();

    public FakeUserDirectory deactivate(UserKey user) {
        inactive.add(user);
        return this;
    }

    public FakeUserDirectory group(String name, List<Agent> members) {
        groups.put(name, List.copyOf(members));
        return this;
    }

    public FakeUserDirectory role(ProjectKey project, String role, List<Agent> members) {
        roles.put(project + "/" + role, List.copyOf(members));
        return this;
    }

    @Override
    public boolean isActive(UserKey user) {
        return !inactive.contains(user);
    }

    @Override
    public boolean groupExists(String group) {
        return groups.containsKey(group);
    }

    @Override
    public List<Agent> groupMembers(String group) {
        return groups.getOrDefault(group, List.of());
    }

    @Override
    public boolean projectRoleExists(ProjectKey project, String role) {
        return roles.containsKey(project + "/" + role);
    }

    @Override
    public List<Agent> projectRoleMembers(ProjectKey project, String role) {
        return roles.getOrDefault(project + "/" + role, List.of());
    }
}
