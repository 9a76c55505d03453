package dev.waypoint.preview.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
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
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.shared.Transactions;
import java.util.Objects;

/**
 * The app's storage on the preview's Active Objects, exactly as in Jira: every AO repository of the app, grouped as
 * the REST factories take them, and {@link AoTransactions}.
 */
public record WaypointStorage(OkrStorage okr, KpiStorage kpi, Transactions transactions) {

    public WaypointStorage {
        Objects.requireNonNull(okr, "'okr' must not be null");
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    /** The same repositories as the composition root takes them. */
    public Storage storage() {
        return new Storage(okr.cycles(), okr.objectives(), okr.keyResults(), okr.checkIns(), okr.initiatives(),
                okr.reads(), okr.companyReads(), okr.cyclesInUse(), kpi.kpis(), kpi.values(), kpi.alignments(), kpi.targetChanges(), kpi.keyResultStatuses(),
                transactions);
    }

    public static WaypointStorage on(ActiveObjects ao) {
        OkrStorage okr = new OkrStorage(new AoCycleRepository(ao), new AoObjectiveRepository(ao),
                new AoKeyResultRepository(ao), new AoCheckInRepository(ao), new AoInitiativeRepository(ao),
                new AoOkrReadRepository(ao), new AoCompanyReadRepository(ao), new AoCyclesInUse(ao));
        KpiStorage kpi = new KpiStorage(new AoKpiRepository(ao), new AoKpiValueRepository(ao),
                new AoKpiAlignmentRepository(ao), new AoKpiTargetChangeRepository(ao),
                new AoKeyResultRefreshStatusRepository(ao));
        return new WaypointStorage(okr, kpi, new AoTransactions(ao));
    }
}
