package dev.waypoint.app.alignment;

import dev.waypoint.app.kpi.KpiTrendChart;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.objective.Objective;
import java.util.List;
import java.util.Objects;

/**
 * The read model of the "KPI trend" dashboard item: the KPI's chart, with the cycles of the objectives aligned to it
 * that overlap the chart's period marked on it, in start order.
 */
public record MarkedTrend(KpiTrendChart chart, List<CycleMark> cycles) {

    public MarkedTrend {
        Objects.requireNonNull(chart, "'chart' must not be null");
        cycles = List.copyOf(cycles);
    }

    /** A cycle overlapping the chart, with the aligned objectives of it the viewer may see (at least one). */
    public record CycleMark(Cycle cycle, List<Objective> objectives) {

        public CycleMark {
            Objects.requireNonNull(cycle, "'cycle' must not be null");
            objectives = List.copyOf(objectives);
        }
    }
}
