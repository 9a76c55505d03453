package dev.waypoint.app.alignment;

import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveMessages;
import java.util.Objects;

/**
 * What aligning an objective to a KPI and removing the alignment both require (an alignment is part of the objective:
 * it changes the objective's version): the objective is visible to the viewer, the viewer may change it (as for every
 * change of an objective), its cycle is not closed, and the KPI is visible to the viewer.
 */
final class AlignmentChange {

    private final OkrAccess okrs;
    private final KpiAccess kpis;

    AlignmentChange(OkrAccess okrs, KpiAccess kpis) {
        this.okrs = Objects.requireNonNull(okrs, "'okrs' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
    }

    /** The objective and the KPI, in that order of checks; see the class comment. */
    Pair require(ObjectiveId objectiveId, KpiId kpiId) {
        OkrAccess.VisibleObjective found = okrs.objective(objectiveId);
        Objective objective = found.objective();
        okrs.permissions().requireEdit(okrs.viewer(), objective);
        Cycle cycle = found.cycle();
        if (cycle.isClosed()) {
            throw ObjectiveMessages.CATALOG.conflict("waypoint.objective.cycleClosed", objective.title(),
                    cycle.name());
        }
        return new Pair(objective, kpis.kpi(kpiId));
    }

    record Pair(Objective objective, Kpi kpi) {
    }
}
