package dev.waypoint.preview.issues;

import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.AgentProfile;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@link AgentDirectory} of the preview's Jira directory: its users' display names; key, user name and the name JQL
 * resolves are the same in the preview. Unknown users are left out.
 */
public final class PreviewAgentDirectory implements AgentDirectory {

    private final Map<String, String> names;

    public PreviewAgentDirectory(Collection<DirectoryUser> users) {
        this.names = users.stream().collect(Collectors.toUnmodifiableMap(DirectoryUser::username,
                DirectoryUser::displayName, (a, b) -> a));
    }

    @Override
    public Map<UserKey, AgentProfile> profiles(Collection<UserKey> users) {
        Map<UserKey, AgentProfile> found = new HashMap<>();
        users.stream().map(user -> Objects.requireNonNull(user, "'user' must not be null")).distinct()
                .filter(user -> names.containsKey(user.value()))
                .forEach(user -> found.put(user, new AgentProfile(new Agent(user, user.value()),
                        names.get(user.value()))));
        return found;
    }
}
