package dev.waypoint.closing;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResultId;
import java.util.List;

/**
 * Which unfinished key results (progress below 1) of the closing cycle to copy into another cycle, which must exist
 * and not be closed. {@link CycleClosingService#preview} lists the candidates.
 */
public record CarryOver(CycleId targetCycleId, List<KeyResultId> keyResultIds) {

    public CarryOver {
        keyResultIds = keyResultIds == null ? List.of() : keyResultIds;
    }
}
