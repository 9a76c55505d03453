package dev.waypoint.app.kpi;

import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.KpiCard;
import java.util.List;
import java.util.Objects;

/**
 * The read model of the "agent workload" dashboard item: the latest value of a PER_AGENT KPI the viewer may see and
 * its breakdown.
 *
 * @param agents the rows of the latest value: agents by count, highest first, then the unassigned row; empty without
 *               a value
 */
public record AgentBreakdown(KpiCard card, List<AgentRow> agents) {

    public AgentBreakdown {
        Objects.requireNonNull(card, "'card' must not be null");
        agents = List.copyOf(agents);
    }
}
