package dev.waypoint.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.shared.UserKey;
import org.junit.jupiter.api.Test;

class JiraCurrentUserTest {

    private final JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
    private final JiraCurrentUser currentUser = new JiraCurrentUser(context);

    @Test
    void givenLoggedInUser_askingKey_answersTheirUserKey() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(context.getLoggedInUser()).thenReturn(user);

        assertThat(currentUser.key()).contains(new UserKey("JIRAUSER10100"));
    }

    @Test
    void givenAnonymousRequest_askingKey_isEmpty() {
        assertThat(currentUser.key()).isEmpty();
    }

    @Test
    void givenUserWithoutKey_askingKey_isEmpty() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(" ");
        when(context.getLoggedInUser()).thenReturn(user);

        assertThat(currentUser.key()).isEmpty();
    }
}
