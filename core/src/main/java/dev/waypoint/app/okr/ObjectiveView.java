package dev.waypoint.app.okr;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import java.util.Objects;
import java.util.Set;

/**
 * An objective as its viewer sees it, with what the viewer may do with it.
 *
 * @param canEdit     whether the viewer may change or delete it and add key results (never in a closed cycle)
 * @param alignedKpis the KPIs it is aligned to that the viewer may see (DESIGN §5: no ids of hidden items); an
 *                    edit keeps the others
 */
public record ObjectiveView(Objective objective, boolean canEdit, Set<KpiId> alignedKpis) {

    public ObjectiveView {
        Objects.requireNonNull(objective, "'objective' must not be null");
        alignedKpis = Set.copyOf(alignedKpis);
    }
}
