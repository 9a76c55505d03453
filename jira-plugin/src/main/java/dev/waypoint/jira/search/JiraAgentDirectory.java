package dev.waypoint.jira.search;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.AgentProfile;
import dev.waypoint.jira.platform.ComponentImports;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@link AgentDirectory} from Jira's user manager (its user cache; no query of the app's): the user name JQL resolves
 * ({@code assignee = "<name>"}, as {@link JiraUserDirectory} gives agents theirs) and the display name. Deactivated
 * users keep their names, since their issues stay theirs; users Jira no longer knows are left out.
 */
@Component
public class JiraAgentDirectory implements AgentDirectory {

    private final UserManager userManager;

    @Inject
    public JiraAgentDirectory(@Qualifier(ComponentImports.JIRA_USER_MANAGER) UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "'userManager' must not be null");
    }

    @Override
    public Map<UserKey, AgentProfile> profiles(Collection<UserKey> users) {
        Map<UserKey, AgentProfile> profiles = new HashMap<>();
        for (UserKey key : users) {
            ApplicationUser user = userManager.getUserByKey(key.value());
            Agents.of(user).filter(agent -> agent.key().equals(key))
                    .ifPresent(agent -> profiles.put(key, new AgentProfile(agent, user.getDisplayName())));
        }
        return profiles;
    }
}
