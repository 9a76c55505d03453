package dev.waypoint.jira.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.app.dashboard.AgentProfile;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraAgentDirectoryTest {

    private final UserManager userManager = mock(UserManager.class);
    private final JiraAgentDirectory directory = new JiraAgentDirectory(userManager);

    private void user(String key, String username, String displayName, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.isActive()).thenReturn(active);
        when(userManager.getUserByKey(key)).thenReturn(user);
    }

    @Test
    void givenRenamedAndDeactivatedUsers_profiles_giveTheNameJqlResolvesAndTheDisplayName() {
        user("JIRAUSER10100", "leo", "Leo Lead", true);
        user("JIRAUSER10101", "former", "Former Colleague", false);

        Map<UserKey, AgentProfile> profiles = directory.profiles(List.of(new UserKey("JIRAUSER10100"),
                new UserKey("JIRAUSER10101")));

        assertThat(profiles).containsOnly(
                Map.entry(new UserKey("JIRAUSER10100"),
                        new AgentProfile(new Agent(new UserKey("JIRAUSER10100"), "leo"), "Leo Lead")),
                Map.entry(new UserKey("JIRAUSER10101"),
                        new AgentProfile(new Agent(new UserKey("JIRAUSER10101"), "former"), "Former Colleague")));
    }

    @Test
    void givenUnknownUsersAndUsersWithoutName_profiles_leaveThemOutOrShowTheUserName() {
        user("JIRAUSER10102", "", "Nameless", true);
        user("JIRAUSER10103", "quiet", " ", true);

        Map<UserKey, AgentProfile> profiles = directory.profiles(List.of(new UserKey("JIRAUSER10102"),
                new UserKey("JIRAUSER10103"), new UserKey("gone")));

        assertThat(profiles).containsOnlyKeys(new UserKey("JIRAUSER10103"));
        assertThat(profiles.get(new UserKey("JIRAUSER10103")).displayName()).isEqualTo("quiet");
    }
}
