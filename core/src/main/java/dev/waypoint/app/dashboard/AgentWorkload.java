package dev.waypoint.app.dashboard;

import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;

/**
 * The read model of the "agent workload" dashboard item: a PER_AGENT KPI the viewer may see (seed 002: open tickets
 * per support agent), its latest value and one line per agent of that value's breakdown, each with its own health.
 *
 * @param latest {@code null} when the KPI was never evaluated
 * @param agents the agents by count, highest first (then by name), and the unassigned line last
 */
public record AgentWorkload(Kpi kpi, KpiValue latest, Health health, List<AgentLine> agents) {

    public AgentWorkload {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Objects.requireNonNull(health, "'health' must not be null");
        agents = List.copyOf(agents);
    }

    /**
     * One line of the breakdown.
     *
     * @param agent       the agent's user key; {@code null} for the line of unassigned issues
     * @param displayName the agent's name as the platform shows it; the user key for a user it no longer knows;
     *                    {@code null} for the unassigned line
     * @param health      the health the stored breakdown gives the line
     * @param issuesJql   the query of the issues behind the count (the KPI's own query narrowed to the agent, or to
     *                    unassigned issues), composed by {@code Jql}; {@code null} when the agent is unknown
     */
    public record AgentLine(UserKey agent, String displayName, long count, Health health, String issuesJql) {

        public AgentLine {
            Objects.requireNonNull(health, "'health' must not be null");
        }

        public boolean unassigned() {
            return agent == null;
        }
    }
}
