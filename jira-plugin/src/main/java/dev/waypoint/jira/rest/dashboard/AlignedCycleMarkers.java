package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.alignment.KpiAlignmentService;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The cycles of the objectives aligned to a KPI, to mark on its trend chart: three queries (the alignments, their
 * objectives, their cycles), whatever their number. Only objectives the caller may see count.
 */
@Component
public class AlignedCycleMarkers {

    private final KpiAlignmentService alignments;
    private final OkrStorage storage;
    private final OkrGuard guard;

    @Inject
    public AlignedCycleMarkers(KpiAlignmentService alignments, OkrStorage storage, OkrGuard guard) {
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
        this.storage = Objects.requireNonNull(storage, "'storage' must not be null");
        this.guard = Objects.requireNonNull(guard, "'guard' must not be null");
    }

    /** The cycles overlapping {@code from} to {@code to} (inclusive) of the visible aligned objectives, by start. */
    public List<KpiTrendResponse.CycleMarker> of(KpiId kpi, LocalDate from, LocalDate to) {
        List<Objective> objectives = storage.objectives().findByIds(alignments.objectivesAlignedTo(kpi)).stream()
                .filter(guard::canView)
                .toList();
        if (objectives.isEmpty()) {
            return List.of();
        }
        Map<CycleId, List<Objective>> byCycle = objectives.stream()
                .collect(Collectors.groupingBy(Objective::cycleId));
        return storage.cycles().findByIds(byCycle.keySet()).stream()
                .filter(c -> !c.end().isBefore(from) && !c.start().isAfter(to))
                .sorted(Comparator.comparing(Cycle::start).thenComparing(c -> c.id().value()))
                .map(c -> new KpiTrendResponse.CycleMarker(c.id().value(), c.name(), c.start(), c.end(), c.state(),
                        byCycle.get(c.id()).stream()
                                .map(o -> new KpiTrendResponse.MarkedObjective(o.id().value(), o.title(), o.state()))
                                .toList()))
                .toList();
    }
}
