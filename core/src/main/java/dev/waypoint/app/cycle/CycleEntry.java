package dev.waypoint.app.cycle;

import dev.waypoint.cycle.Cycle;
import java.util.Objects;

/**
 * A cycle as the admin page lists it, with what the viewer may do to it.
 *
 * @param canEdit   rename, change dates, move between PLANNING and ACTIVE: not for a closed cycle
 * @param canDelete only an empty cycle that is not closed
 * @param canClose  open the close wizard: not for a closed cycle
 */
public record CycleEntry(Cycle cycle, boolean canEdit, boolean canDelete, boolean canClose) {

    public CycleEntry {
        Objects.requireNonNull(cycle, "'cycle' must not be null");
    }
}
