package dev.waypoint.app.cycle;

import dev.waypoint.cycle.CycleId;
import java.util.Collection;
import java.util.Set;

/**
 * Which cycles still hold objectives, so the admin page offers "Delete" only for empty cycles (the server refuses the
 * others: {@code CycleService#delete}). Answers whether, not how many: a count would disclose objectives of projects
 * the viewer may not browse (DESIGN §5).
 */
@FunctionalInterface
public interface CyclesInUse {

    /** The cycles among {@code cycles} that have at least one objective. */
    Set<CycleId> withObjectives(Collection<CycleId> cycles);
}
