package dev.waypoint.kpi;

import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * One row of a PER_AGENT KPI's breakdown: an agent's count, or the count of unassigned issues, each with its own health
 * (the KPI's bands applied to the count: unassigned tickets pile up like an agent's). Rows stored before the unassigned
 * row was judged carry {@link Health#UNKNOWN} there.
 *
 * @param agent {@code null} for the unassigned row
 */
public record AgentRow(UserKey agent, long count, Health health) {

    public AgentRow {
        Objects.requireNonNull(health, "'health' must not be null");
        if (count < 0) {
            throw new IllegalArgumentException("'count' must be >= 0, was " + count);
        }
    }

    /** The row of unassigned issues, not judged ({@link Health#UNKNOWN}). */
    public static AgentRow unassigned(long count) {
        return unassigned(count, Health.UNKNOWN);
    }

    /** The row of unassigned issues with its health. */
    public static AgentRow unassigned(long count, Health health) {
        return new AgentRow(null, count, health);
    }

    public boolean isUnassigned() {
        return agent == null;
    }
}
