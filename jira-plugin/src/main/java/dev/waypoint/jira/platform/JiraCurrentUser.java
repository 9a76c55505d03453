package dev.waypoint.jira.platform;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The user of the current request, from Jira's authentication context (per request thread). */
@Component
public class JiraCurrentUser implements CurrentUser {

    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraCurrentUser(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<UserKey> key() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null || user.getKey() == null || user.getKey().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new UserKey(user.getKey()));
    }
}
