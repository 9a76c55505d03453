package dev.waypoint.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraUserNamesTest {

    private final UserManager userManager = mock(UserManager.class);
    private final JiraUserNames names = new JiraUserNames(userManager);

    private void user(String key, String displayName, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.isActive()).thenReturn(active);
        when(userManager.getUserByKey(key)).thenReturn(user);
    }

    @Test
    void givenKnownActiveAndDeactivatedUsers_displayNames_namesBoth() {
        user("JIRAUSER10100", "Leo Lead", true);
        user("JIRAUSER10101", "Former Colleague", false);

        assertThat(names.displayNames(List.of(new UserKey("JIRAUSER10100"), new UserKey("JIRAUSER10101"))))
                .containsOnly(Map.entry(new UserKey("JIRAUSER10100"), "Leo Lead"),
                        Map.entry(new UserKey("JIRAUSER10101"), "Former Colleague"));
    }

    @Test
    void givenUnknownUsersAndBlankNames_displayNames_leavesThemOut() {
        user("JIRAUSER10102", " ", true);

        assertThat(names.displayNames(List.of(new UserKey("JIRAUSER10102"), new UserKey("gone")))).isEmpty();
    }
}
