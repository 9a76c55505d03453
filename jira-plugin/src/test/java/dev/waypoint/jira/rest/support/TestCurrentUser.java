package dev.waypoint.jira.rest.support;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.shared.UserKey;
import java.util.Optional;

/**
 * The current-user port of the in-memory REST runtime: the user of the request being processed on this thread, set by
 * {@link TestUserFilter} from the {@value RestHarness#USER_HEADER} header (as Jira's authentication context is per
 * request thread).
 */
public final class TestCurrentUser implements CurrentUser {

    private final ThreadLocal<UserKey> user = new ThreadLocal<>();

    @Override
    public Optional<UserKey> key() {
        return Optional.ofNullable(user.get());
    }

    void set(UserKey key) {
        if (key == null) {
            user.remove();
        } else {
            user.set(key);
        }
    }

    void clear() {
        user.remove();
    }
}
