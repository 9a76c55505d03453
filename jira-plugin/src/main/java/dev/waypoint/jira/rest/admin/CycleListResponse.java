package dev.waypoint.jira.rest.admin;

import dev.waypoint.app.cycle.CycleList;
import dev.waypoint.cycle.CycleState;
import java.time.LocalDate;
import java.util.List;

/**
 * The cycles of the admin page, by start date, each with what the caller may do to it.
 *
 * @param canCreate may create cycles and the quarters of a year
 */
public record CycleListResponse(List<Entry> cycles, boolean canCreate) {

    /**
     * @param version   send it back with an update or a close
     * @param canEdit   rename, new dates, PLANNING or ACTIVE
     * @param canDelete only an empty cycle that is not closed
     * @param canClose  may open the close wizard
     */
    public record Entry(long id, String name, LocalDate start, LocalDate end, CycleState state, long version,
            boolean canEdit, boolean canDelete, boolean canClose) {
    }

    public static CycleListResponse of(CycleList list) {
        return new CycleListResponse(list.cycles().stream().map(e -> new Entry(e.cycle().id().value(),
                e.cycle().name(), e.cycle().start(), e.cycle().end(), e.cycle().state(), e.cycle().version(),
                e.canEdit(), e.canDelete(), e.canClose())).toList(), list.canCreate());
    }
}
