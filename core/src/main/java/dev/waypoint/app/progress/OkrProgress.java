package dev.waypoint.app.progress;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.ObjectiveStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The "OKR progress" dashboard item's read model for one viewer: the objectives shown, each with its key results, and
 * every number computed over what the viewer may see.
 *
 * @param overview  {@code null} when there is no cycle to show
 * @param shown     the objectives to show, ordered by id
 */
public record OkrProgress(Cycle cycle, LocalDate asOf, CycleOverview overview, List<ObjectiveStatus> shown) {

    public OkrProgress {
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        shown = List.copyOf(shown);
    }

    static OkrProgress none(LocalDate today) {
        return new OkrProgress(null, today, null, List.of());
    }
}
