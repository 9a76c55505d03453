package dev.waypoint.app.cycle;

import dev.waypoint.app.progress.ViewerVisibility;
import dev.waypoint.closing.CycleGrading;
import dev.waypoint.closing.GradingPreview;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.shared.NotFoundException;
import java.util.Objects;

/**
 * What closing a cycle would grade, for the close wizard of a company manager: the cycle's objectives they may see
 * with suggested grades and the unfinished key results, every number computed over what they may see (DESIGN §5).
 * Closing itself grades every objective on all of its data.
 */
public final class ClosePreviewQuery {

    private final CycleAccess access;
    private final ViewerVisibility visibility;
    private final CycleRepository cycles;
    private final CycleGrading grading;

    public ClosePreviewQuery(CycleAccess access, ViewerVisibility visibility, CycleRepository cycles,
            CycleGrading grading) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.grading = Objects.requireNonNull(grading, "'grading' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles
     * @throws NotFoundException                         if the cycle does not exist
     */
    public GradingPreview preview(CycleId id) {
        access.requireManager();
        Cycle cycle = cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
        return grading.preview(cycle, visibility::of);
    }
}
