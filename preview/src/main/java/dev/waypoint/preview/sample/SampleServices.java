package dev.waypoint.preview.sample;

import dev.waypoint.app.cycle.CycleService;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiValueService;
import dev.waypoint.objective.ObjectiveService;
import dev.waypoint.refresh.RefreshJob;
import java.util.Objects;

/**
 * The real core services the sample is written through (so every value is validated as if a user entered it), built
 * on the sample's moving clock by the preview's wiring.
 */
public record SampleServices(CycleService cycles, CycleClosingService closing, ObjectiveService objectives,
        KeyResultService keyResults, CheckInService checkIns, InitiativeService initiatives, KpiService kpis,
        KpiValueService kpiValues, RefreshJob refreshJob) {

    public SampleServices {
        Objects.requireNonNull(cycles, "'cycles' must not be null");
        Objects.requireNonNull(closing, "'closing' must not be null");
        Objects.requireNonNull(objectives, "'objectives' must not be null");
        Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(kpiValues, "'kpiValues' must not be null");
        Objects.requireNonNull(refreshJob, "'refreshJob' must not be null");
    }
}
