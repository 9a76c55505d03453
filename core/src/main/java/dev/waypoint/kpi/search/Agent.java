package dev.waypoint.kpi.search;

import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * A user as an agent of a PER_AGENT KPI: the key Waypoint stores, and the user name JQL resolves
 * ({@code assignee = "<name>"}), which may differ from the key after a rename.
 */
public record Agent(UserKey key, String name) {

    public Agent {
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("'name' must not be empty");
        }
    }
}
