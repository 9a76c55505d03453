package dev.waypoint.app.cycle;

import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.app.progress.ViewerVisibility;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.closing.GradingPreview;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.NotFoundException;
import java.util.List;
import java.util.Objects;

/**
 * What closing a cycle would grade, for the close wizard of a company manager: the cycle's objectives they may see
 * with suggested grades and the unfinished key results, every number computed over what they may see (DESIGN §5).
 * Closing itself grades every objective on all of its data.
 */
public final class ClosePreviewQuery {

    private final CycleAccess access;
    private final OkrAccess okr;
    private final ViewerVisibility visibility;
    private final CycleRepository cycles;
    private final CycleClosingService closing;

    public ClosePreviewQuery(CycleAccess access, OkrAccess okr, ViewerVisibility visibility, CycleRepository cycles,
            CycleClosingService closing) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.okr = Objects.requireNonNull(okr, "'okr' must not be null");
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.closing = Objects.requireNonNull(closing, "'closing' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles
     * @throws NotFoundException                         if the cycle does not exist
     */
    public GradingPreview preview(CycleId id) {
        return preview(id, List.of());
    }

    /**
     * The preview of a close that drops {@code dropped}: their objectives' suggested grades leave them out.
     *
     * @throws dev.waypoint.access.AccessDeniedException unless the viewer manages cycles
     * @throws NotFoundException                         if the cycle does not exist, or a key result to drop exists
     *                                                   but the viewer may not see it
     * @throws dev.waypoint.shared.InvalidInputException if a key result to drop is not an unfinished one of the cycle
     */
    public GradingPreview preview(CycleId id, List<KeyResultId> dropped) {
        access.requireManager();
        Cycle cycle = cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
        okr.requireVisibleIfTheyExist(List.of(), dropped);
        return closing.preview(cycle, visibility::of, dropped);
    }
}
