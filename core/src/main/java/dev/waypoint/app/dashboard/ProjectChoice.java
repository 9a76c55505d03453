package dev.waypoint.app.dashboard;

import dev.waypoint.shared.ProjectKey;
import java.util.Objects;

/** A Jira project a viewer may pick in a dashboard item's settings: its key and its name (shown, never parsed). */
public record ProjectChoice(ProjectKey key, String name) {

    public ProjectChoice {
        Objects.requireNonNull(key, "'key' must not be null");
        name = name == null || name.isBlank() ? key.value() : name;
    }
}
