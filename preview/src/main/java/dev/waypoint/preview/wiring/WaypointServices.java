package dev.waypoint.preview.wiring;

import dev.waypoint.checkin.CheckInService;
import dev.waypoint.closing.CarryOverWriter;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.closing.CycleGrading;
import dev.waypoint.cycle.CycleService;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.jira.rest.kpi.KpiStorage;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.jira.settings.StoredRefreshSettings;
import dev.waypoint.jira.settings.StoredScoringSettings;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultRemoval;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiValidator;
import dev.waypoint.kpi.KpiValueService;
import dev.waypoint.objective.ObjectiveService;
import dev.waypoint.preview.sample.SampleServices;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.refresh.ActiveCycleKeyResults;
import dev.waypoint.refresh.KeyResultEvaluator;
import dev.waypoint.refresh.KeyResultInputs;
import dev.waypoint.refresh.KeyResultRefresher;
import dev.waypoint.refresh.KpiEvaluator;
import dev.waypoint.refresh.KpiRefresher;
import dev.waypoint.refresh.RefreshJob;
import java.time.Clock;
import java.util.Objects;

/**
 * Core's services on the app's storage and the preview's ports, all on one clock, wired as in Jira: the writing
 * services (cycles, closing, objectives, key results, check-ins, initiatives, KPIs and their manual values), the read
 * services, and the refresh job. The sample is written through one set on its moving clock; the live preview keeps
 * one on the real clock.
 */
public record WaypointServices(
        CycleService cycles,
        CycleClosingService closing,
        ObjectiveService objectives,
        KeyResultService keyResults,
        CheckInService checkIns,
        InitiativeService initiatives,
        KpiService kpis,
        KpiValueService kpiValues,
        KpiReadService kpiReads,
        OkrReadService okrReads,
        RefreshJob refreshJob,
        Clock clock) {

    public WaypointServices {
        Objects.requireNonNull(refreshJob, "'refreshJob' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public static WaypointServices assemble(WaypointStorage storage, WaypointPorts ports, Clock clock) {
        OkrStorage okr = storage.okr();
        KpiStorage kpi = storage.kpi();
        StoredScoringSettings scoring = new StoredScoringSettings(ports.settings());
        KeyResultRemoval removal = new KeyResultRemoval(okr.keyResults(), okr.checkIns(), okr.initiatives());
        KeyResultLookup lookup = new KeyResultLookup(okr.keyResults(), okr.objectives(), okr.cycles());
        CycleClosingService closing = new CycleClosingService(okr.cycles(), okr.objectives(),
                new CycleGrading(okr.objectives(), okr.keyResults(), okr.checkIns(), scoring),
                new CarryOverWriter(okr.objectives(), okr.keyResults(), okr.checkIns(), okr.cycles(), clock), removal,
                storage.transactions());
        return new WaypointServices(
                new CycleService(okr.cycles(), okr.objectives(), storage.transactions(), clock),
                closing,
                new ObjectiveService(okr.objectives(), okr.cycles(), removal, storage.transactions()),
                new KeyResultService(okr.keyResults(), okr.objectives(), okr.cycles(), removal,
                        storage.transactions()),
                new CheckInService(okr.checkIns(), lookup, clock),
                new InitiativeService(okr.initiatives(), lookup, clock),
                new KpiService(kpi.kpis(), new KpiValidator(kpi.kpis(), ports.search(), ports.users(),
                        ports.scopeAccess()), kpi.targetChanges(), storage.transactions(), clock),
                new KpiValueService(kpi.kpis(), kpi.values(), clock),
                new KpiReadService(kpi.kpis(), kpi.values(), ports.scopeAccess(), clock),
                new OkrReadService(okr.cycles(), okr.reads(), scoring, clock),
                refreshJob(storage, ports, clock),
                clock);
    }

    /** The services the sample is written through. */
    public SampleServices forSample() {
        return new SampleServices(cycles, closing, objectives, keyResults, checkIns, initiatives, kpis, kpiValues,
                refreshJob);
    }

    private static RefreshJob refreshJob(WaypointStorage storage, WaypointPorts ports, Clock clock) {
        OkrStorage okr = storage.okr();
        KpiStorage kpi = storage.kpi();
        KpiRefresher kpiRefresher = new KpiRefresher(kpi.kpis(), kpi.values(),
                new KpiEvaluator(ports.search(), ports.users()));
        KeyResultRefresher keyResultRefresher = new KeyResultRefresher(
                new ActiveCycleKeyResults(okr.cycles(), okr.objectives(), okr.keyResults()),
                kpi.keyResultStatuses(), new KeyResultInputs(okr.initiatives(), kpi.values()),
                new KeyResultEvaluator(ports.search(), ports.users()), okr.checkIns());
        return new RefreshJob(kpiRefresher, keyResultRefresher, kpi.values(),
                new StoredRefreshSettings(ports.settings()), clock);
    }
}
