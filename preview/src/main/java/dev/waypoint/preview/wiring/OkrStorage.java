package dev.waypoint.preview.wiring;

import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.app.cycle.CyclesInUse;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.OkrReadRepository;
import java.util.Objects;

/**
 * The preview's OKR storage, together: core's ports on AO, for the sample data and its checks. The read
 * models read the same ports through {@code dev.waypoint.jira.wiring.WaypointApp}.
 */
public record OkrStorage(
        CycleRepository cycles,
        ObjectiveRepository objectives,
        KeyResultRepository keyResults,
        CheckInRepository checkIns,
        InitiativeRepository initiatives,
        OkrReadRepository reads,
        CompanyReadRepository companyReads,
        CyclesInUse cyclesInUse) {

    public OkrStorage {
        Objects.requireNonNull(cycles, "'cycles' must not be null");
        Objects.requireNonNull(objectives, "'objectives' must not be null");
        Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        Objects.requireNonNull(reads, "'reads' must not be null");
        Objects.requireNonNull(companyReads, "'companyReads' must not be null");
        Objects.requireNonNull(cyclesInUse, "'cyclesInUse' must not be null");
    }
}
