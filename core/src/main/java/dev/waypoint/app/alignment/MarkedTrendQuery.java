package dev.waypoint.app.alignment;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.kpi.KpiTrendChart;
import dev.waypoint.app.kpi.KpiTrendQuery;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A KPI's trend ({@link KpiTrendQuery}) with the cycles of the objectives aligned to it marked. Only a KPI the viewer
 * may see is charted, and only objectives the viewer may see mark a cycle. Three reads beyond the chart's (the
 * alignments, their objectives, their cycles), whatever their number.
 */
public final class MarkedTrendQuery {

    private final KpiTrendQuery trends;
    private final OkrAccess okrs;
    private final KpiAlignmentRepository alignments;
    private final ObjectiveRepository objectives;
    private final CycleRepository cycles;

    public MarkedTrendQuery(KpiTrendQuery trends, OkrAccess okrs, KpiAlignmentRepository alignments,
            ObjectiveRepository objectives, CycleRepository cycles) {
        this.trends = Objects.requireNonNull(trends, "'trends' must not be null");
        this.okrs = Objects.requireNonNull(okrs, "'okrs' must not be null");
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /**
     * @param days the chart's period, {@link KpiTrendQuery#trend}'s rule
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.InvalidInputException {@code days} out of range
     */
    public MarkedTrend trend(KpiId kpi, int days) {
        KpiTrendChart chart = trends.trend(kpi, days);
        return new MarkedTrend(chart, marks(kpi, chart.from(), chart.to()));
    }

    private List<MarkedTrend.CycleMark> marks(KpiId kpi, LocalDate from, LocalDate to) {
        List<ObjectiveId> aligned = alignments.findByKpiIds(List.of(kpi)).stream()
                .map(KpiAlignment::objectiveId).toList();
        if (aligned.isEmpty()) {
            return List.of();
        }
        Map<CycleId, List<Objective>> byCycle = objectives.findByIds(aligned).stream()
                .filter(okrs::canView)
                .sorted(Comparator.comparing(o -> o.id().value()))
                .collect(Collectors.groupingBy(Objective::cycleId));
        if (byCycle.isEmpty()) {
            return List.of();
        }
        return cycles.findByIds(byCycle.keySet()).stream()
                .filter(c -> !c.end().isBefore(from) && !c.start().isAfter(to))
                .sorted(Comparator.comparing(Cycle::start).thenComparing(c -> c.id().value()))
                .map(c -> new MarkedTrend.CycleMark(c, byCycle.get(c.id())))
                .toList();
    }
}
