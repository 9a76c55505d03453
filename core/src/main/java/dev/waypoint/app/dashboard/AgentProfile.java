package dev.waypoint.app.dashboard;

import dev.waypoint.kpi.search.Agent;
import java.util.Objects;

/**
 * What the platform knows of an agent of a PER_AGENT KPI: the name JQL resolves (in {@link Agent}) and the display
 * name people read.
 */
public record AgentProfile(Agent agent, String displayName) {

    public AgentProfile {
        Objects.requireNonNull(agent, "'agent' must not be null");
        displayName = displayName == null || displayName.isBlank() ? agent.name() : displayName;
    }
}
