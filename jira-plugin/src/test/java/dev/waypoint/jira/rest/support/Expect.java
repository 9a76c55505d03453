package dev.waypoint.jira.rest.support;

import dev.waypoint.access.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The status each of the seven {@link Role}s must get for one request of a permission matrix. Total by construction:
 * every role has a status.
 *
 * <pre>{@code
 * Expect.allowed(200, OWNER, PROJECT_ADMIN, JIRA_ADMIN)           // anonymous 401, the others 403
 *       .but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER)  // who cannot see the item: 404
 * Expect.loggedIn(200)                                           // anonymous 401, everyone else 200
 * }</pre>
 */
public final class Expect {

    private final Map<Role, Integer> statuses;

    private Expect(Map<Role, Integer> statuses) {
        this.statuses = statuses;
    }

    /** {@code status} for every role, anonymous included. */
    public static Expect everyone(int status) {
        Map<Role, Integer> statuses = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            statuses.put(role, status);
        }
        return new Expect(statuses);
    }

    /** {@code status} for every logged-in role; 401 for anonymous. */
    public static Expect loggedIn(int status) {
        return everyone(status).but(401, Role.ANONYMOUS);
    }

    /** {@code status} for {@code roles}; 401 for anonymous; 403 for the other roles. */
    public static Expect allowed(int status, Role... roles) {
        return everyone(403).but(401, Role.ANONYMOUS).but(status, roles);
    }

    /** The same, with {@code status} for {@code roles} instead. */
    public Expect but(int status, Role... roles) {
        Map<Role, Integer> changed = new EnumMap<>(statuses);
        for (Role role : roles) {
            changed.put(role, status);
        }
        return new Expect(changed);
    }

    public int status(Role role) {
        return statuses.get(role);
    }

    @Override
    public String toString() {
        return statuses.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
