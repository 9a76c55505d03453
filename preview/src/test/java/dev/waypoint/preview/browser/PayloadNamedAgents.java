package dev.waypoint.preview.browser;

import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.AgentProfile;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent directory of the XSS browser tests: the real directory's agents, named after {@code names} (the XSS
 * corpus) in the order of their keys.
 */
record PayloadNamedAgents(AgentDirectory directory, List<String> names) implements AgentDirectory {

    PayloadNamedAgents {
        names = List.copyOf(names);
    }

    @Override
    public Map<UserKey, AgentProfile> profiles(Collection<UserKey> users) {
        Map<UserKey, AgentProfile> real = directory.profiles(users);
        List<UserKey> keys = real.keySet().stream().sorted(Comparator.comparing(UserKey::value)).toList();
        Map<UserKey, AgentProfile> named = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            named.put(keys.get(i), new AgentProfile(real.get(keys.get(i)).agent(), names.get(i % names.size())));
        }
        return named;
    }
}
