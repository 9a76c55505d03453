package dev.waypoint.alignment;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import java.util.Objects;

/** An objective aligned to a KPI (many-to-many; seed 001: "you can align OKRs to KPIs"). */
public record KpiAlignment(ObjectiveId objectiveId, KpiId kpiId) {

    public KpiAlignment {
        Objects.requireNonNull(objectiveId, "'objectiveId' must not be null");
        Objects.requireNonNull(kpiId, "'kpiId' must not be null");
    }
}
