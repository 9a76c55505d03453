package dev.waypoint.jira.platform;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.UserNames;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@link UserNames} from Jira's user manager (its user cache; no query of the app's). Deactivated users keep their
 * name, since what they did stays; users Jira no longer knows, and names that are blank, are left out.
 */
@Component
public class JiraUserNames implements UserNames {

    private final UserManager userManager;

    @Inject
    public JiraUserNames(@Qualifier(ComponentImports.JIRA_USER_MANAGER) UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "'userManager' must not be null");
    }

    @Override
    public Map<UserKey, String> displayNames(Collection<UserKey> users) {
        Map<UserKey, String> names = new HashMap<>();
        for (UserKey key : users) {
            ApplicationUser user = userManager.getUserByKey(key.value());
            String name = user == null ? null : user.getDisplayName();
            if (name != null && !name.isBlank()) {
                names.put(key, name);
            }
        }
        return names;
    }
}
