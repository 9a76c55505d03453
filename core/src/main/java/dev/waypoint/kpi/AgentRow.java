package dev.waypoint.kpi;

import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * One row of a PER_AGENT KPI's breakdown: an agent's count with its own health (the KPI's bands applied to the
 * count), or the row of unassigned issues, whose health is always {@link Health#UNKNOWN}.
 *
 * @param agent {@code null} for the unassigned row
 */
public record AgentRow(UserKey agent, long count, Health health) {

    public AgentRow {
        Objects.requireNonNull(health, "'health' must not be null");
        if (count < 0) {
            throw new IllegalArgumentException("'count' must be >= 0, was " + count);
        }
        if (agent == null && health != Health.UNKNOWN) {
            throw new IllegalArgumentException("the unassigned row has no health");
        }
    }

    public static AgentRow unassigned(long count) {
        return new AgentRow(null, count, Health.UNKNOWN);
    }

    public boolean isUnassigned() {
        return agent == null;
    }
}
