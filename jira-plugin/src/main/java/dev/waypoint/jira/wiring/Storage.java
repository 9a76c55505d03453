package dev.waypoint.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.app.cycle.CyclesInUse;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.jira.ao.AoCheckInRepository;
import dev.waypoint.jira.ao.AoCompanyReadRepository;
import dev.waypoint.jira.ao.AoCycleRepository;
import dev.waypoint.jira.ao.AoCyclesInUse;
import dev.waypoint.jira.ao.AoInitiativeRepository;
import dev.waypoint.jira.ao.AoKeyResultRefreshStatusRepository;
import dev.waypoint.jira.ao.AoKeyResultRepository;
import dev.waypoint.jira.ao.AoKpiAlignmentRepository;
import dev.waypoint.jira.ao.AoKpiRepository;
import dev.waypoint.jira.ao.AoKpiTargetChangeRepository;
import dev.waypoint.jira.ao.AoKpiValueRepository;
import dev.waypoint.jira.ao.AoObjectiveRepository;
import dev.waypoint.jira.ao.AoOkrReadRepository;
import dev.waypoint.jira.ao.AoTransactions;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.OkrReadRepository;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import dev.waypoint.shared.Transactions;
import java.util.Objects;

/**
 * Core's storage ports, as the composition root ({@link WaypointApp}) takes them from its host: the AO repositories
 * in Jira and the preview ({@link #activeObjects}), in-memory fakes in tests. Only the root reads this record; every
 * component receives the repositories it uses, one by one.
 */
public record Storage(
        CycleRepository cycles,
        ObjectiveRepository objectives,
        KeyResultRepository keyResults,
        CheckInRepository checkIns,
        InitiativeRepository initiatives,
        OkrReadRepository reads,
        CompanyReadRepository companyReads,
        CyclesInUse cyclesInUse,
        KpiRepository kpis,
        KpiValueRepository kpiValues,
        KpiAlignmentRepository alignments,
        KpiTargetChangeRepository targetChanges,
        KeyResultRefreshStatusRepository keyResultStatuses,
        Transactions transactions) {

    public Storage {
        Objects.requireNonNull(cycles, "'cycles' must not be null");
        Objects.requireNonNull(objectives, "'objectives' must not be null");
        Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        Objects.requireNonNull(reads, "'reads' must not be null");
        Objects.requireNonNull(companyReads, "'companyReads' must not be null");
        Objects.requireNonNull(cyclesInUse, "'cyclesInUse' must not be null");
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(kpiValues, "'kpiValues' must not be null");
        Objects.requireNonNull(alignments, "'alignments' must not be null");
        Objects.requireNonNull(targetChanges, "'targetChanges' must not be null");
        Objects.requireNonNull(keyResultStatuses, "'keyResultStatuses' must not be null");
        Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    /** The AO repositories on {@code ao}, as Spring declares them in {@code plugin-context.xml}. */
    public static Storage activeObjects(ActiveObjects ao) {
        return new Storage(new AoCycleRepository(ao), new AoObjectiveRepository(ao), new AoKeyResultRepository(ao),
                new AoCheckInRepository(ao), new AoInitiativeRepository(ao), new AoOkrReadRepository(ao),
                new AoCompanyReadRepository(ao), new AoCyclesInUse(ao), new AoKpiRepository(ao), new AoKpiValueRepository(ao), new AoKpiAlignmentRepository(ao),
                new AoKpiTargetChangeRepository(ao), new AoKeyResultRefreshStatusRepository(ao),
                new AoTransactions(ao));
    }
}
