package dev.waypoint.app.cycle;

import java.util.List;

/**
 * Every cycle, by start date, for the admin page (read model of {@link CycleListQuery}).
 *
 * @param canCreate whether the viewer may create cycles (and the quarters of a year)
 */
public record CycleList(List<CycleEntry> cycles, boolean canCreate) {

    public CycleList {
        cycles = List.copyOf(cycles);
    }
}
