package dev.waypoint.jira.platform;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Jira's users seen through Waypoint's user keys: lookup of active users, licence and group membership. */
@Component
public class JiraUsers {

    private final UserManager userManager;
    private final com.atlassian.sal.api.user.UserManager salUserManager;
    private final GroupManager groupManager;

    @Inject
    public JiraUsers(@Qualifier(ComponentImports.JIRA_USER_MANAGER) UserManager userManager,
            @Qualifier(ComponentImports.SAL_USER_MANAGER) com.atlassian.sal.api.user.UserManager salUserManager,
            GroupManager groupManager) {
        this.userManager = userManager;
        this.salUserManager = salUserManager;
        this.groupManager = groupManager;
    }

    /** The user with this key if they exist and are active; deactivated users count as unknown. */
    public Optional<ApplicationUser> active(UserKey key) {
        ApplicationUser user = userManager.getUserByKey(key.value());
        return user != null && user.isActive() ? Optional.of(user) : Optional.empty();
    }

    /** Whether the user is active and holds a licence for the product (SAL's licence check). */
    public boolean isLicensed(UserKey key) {
        return active(key).isPresent()
                && salUserManager.isLicensed(new com.atlassian.sal.api.user.UserKey(key.value()));
    }

    public boolean isInGroup(ApplicationUser user, String group) {
        return groupManager.isUserInGroup(user, group);
    }
}
