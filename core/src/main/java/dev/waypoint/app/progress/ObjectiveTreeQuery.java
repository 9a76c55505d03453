package dev.waypoint.app.progress;

import dev.waypoint.app.okr.KpiReferences;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.closing.CycleGrading;
import dev.waypoint.closing.GradingPreview;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.scoring.Pace;
import dev.waypoint.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a cycle's alignment tree for the company page: the cycle (one read), its objectives and their descendants
 * level by level, their key results and check-ins ({@link CycleGrading}: the number of reads grows with the depth of
 * the tree, never with its size), what the viewer may see of them, then pure scoring.
 */
public final class ObjectiveTreeQuery {

    private final OkrAccess access;
    private final KpiReferences kpis;
    private final ViewerVisibility visibility;
    private final CycleRepository cycles;
    private final CycleGrading grading;
    private final Clock clock;

    public ObjectiveTreeQuery(OkrAccess access, KpiReferences kpis, ViewerVisibility visibility,
            CycleRepository cycles, CycleGrading grading, Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.grading = Objects.requireNonNull(grading, "'grading' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** @throws NotFoundException if there is no such cycle (cycles are visible to every licensed user) */
    public ObjectiveTree tree(CycleId id) {
        access.requireLicensed();
        Cycle cycle = cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
        GradingPreview preview = grading.preview(cycle, visibility::of);
        LocalDate today = LocalDate.now(clock);
        Set<ObjectiveId> editable = preview.objectives().stream()
                .filter(o -> access.offersEdit(cycle, o)).map(Objective::id).collect(Collectors.toSet());
        return new ObjectiveTree(cycle, today, Pace.expected(cycle.start(), cycle.end(), today), preview, editable,
                kpis.visible(access.viewer(), preview.objectives().stream().flatMap(o -> o.alignedKpis().stream())
                        .distinct().toList()));
    }
}
