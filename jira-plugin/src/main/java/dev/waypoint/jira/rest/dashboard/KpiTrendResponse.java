package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.app.alignment.MarkedTrend;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.kpi.KpiValueResponse;
import dev.waypoint.jira.rest.kpi.TrendResponse;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveState;
import java.time.LocalDate;
import java.util.List;

/**
 * The read model of the "KPI trend" dashboard item: one KPI's values with its bands, and the cycles of the objectives
 * aligned to it marked on the time axis (seed 000: an OKR's effect on a KPI shows with a delay).
 *
 * @param points the values from {@code from} to {@code to}, oldest first
 * @param cycles the cycles of the aligned objectives the caller may see that overlap the period, by start date
 */
public record KpiTrendResponse(KpiSummary kpi, Bands bands, KpiValueResponse latest, Health health,
        TrendResponse trend, LocalDate from, LocalDate to, List<PointJson> points, List<CycleMarker> cycles) {

    /** @param warning the amber bound, {@code null} for a KPI that is only green or red */
    public record Bands(KpiDirection direction, double target, Double warning) {
    }

    public record CycleMarker(long cycleId, String name, LocalDate start, LocalDate end, CycleState state,
            List<MarkedObjective> objectives) {

        static CycleMarker of(MarkedTrend.CycleMark mark) {
            Cycle c = mark.cycle();
            return new CycleMarker(c.id().value(), c.name(), c.start(), c.end(), c.state(),
                    mark.objectives().stream().map(MarkedObjective::of).toList());
        }
    }

    public record MarkedObjective(long id, String title, ObjectiveState state) {

        static MarkedObjective of(Objective o) {
            return new MarkedObjective(o.id().value(), o.title(), o.state());
        }
    }
}
