package dev.waypoint.testdata;

import dev.waypoint.app.cycle.CycleService;
import dev.waypoint.app.okr.OkrRemoval;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.checkin.inmemory.InMemoryCheckInRepository;
import dev.waypoint.closing.CarryOverWriter;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.closing.CycleGrading;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.inmemory.InMemoryCycleRepository;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.initiative.inmemory.InMemoryInitiativeRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.keyresult.inmemory.InMemoryKeyResultRepository;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.fake.FakeUserDirectory;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveService;
import dev.waypoint.objective.inmemory.InMemoryObjectiveRepository;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.progress.inmemory.InMemoryOkrReadRepository;
import dev.waypoint.refresh.inmemory.InMemoryKeyResultRefreshStatusRepository;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.shared.inmemory.ImmediateTransactions;
import java.util.List;

/**
 * The OKR services wired on in-memory fakes with the fixed clock of {@link OkrTestData}, plus shortcuts to store
 * fixture rows directly. One instance per test.
 */
public final class OkrWorld {

    /** Everything stored, to show that a refused command wrote nothing. */
    public record Contents(List<Cycle> cycles, List<Objective> objectives, List<KeyResult> keyResults,
            List<CheckIn> checkIns, List<Initiative> initiatives) {
    }

    public final InMemoryCycleRepository cycles = new InMemoryCycleRepository();
    public final InMemoryObjectiveRepository objectives = new InMemoryObjectiveRepository();
    public final InMemoryKeyResultRepository keyResults = new InMemoryKeyResultRepository();
    public final InMemoryCheckInRepository checkIns = new InMemoryCheckInRepository();
    public final InMemoryInitiativeRepository initiatives = new InMemoryInitiativeRepository();
    /** The KPIs key results may be bound to (only their formats are read here). */
    public final InMemoryKpiRepository kpis = new InMemoryKpiRepository();
    public final ImmediateTransactions transactions = new ImmediateTransactions();
    /** The refresh states of automatic key results (deleted with their key results). */
    public final InMemoryKeyResultRefreshStatusRepository statuses = new InMemoryKeyResultRefreshStatusRepository();
    /** Users: everyone is active unless deactivated here. */
    public final FakeUserDirectory users = new FakeUserDirectory();
    /** Jira's verdict on key-result JQL: every query is valid unless declared invalid here. */
    public final CountingIssueSearch search = new CountingIssueSearch();

    private ScoringSettings settings = ScoringSettings.defaults();

    public void settings(ScoringSettings newSettings) {
        this.settings = newSettings;
    }

    public CycleService cycleService() {
        return new CycleService(cycles, objectives, transactions, OkrTestData.CLOCK);
    }

    public ObjectiveService objectiveService() {
        return new ObjectiveService(objectives, cycles, users, removal(), transactions);
    }

    public KeyResultService keyResultService() {
        return new KeyResultService(keyResults, objectives, cycles, users, search, removal(), transactions);
    }

    public CheckInService checkInService() {
        return new CheckInService(checkIns, lookup(), OkrTestData.CLOCK);
    }

    public InitiativeService initiativeService() {
        return new InitiativeService(initiatives, lookup(), OkrTestData.CLOCK);
    }

    public CycleClosingService closingService() {
        return new CycleClosingService(cycles, objectives,
                new CycleGrading(objectives, keyResults, checkIns, () -> settings),
                new CarryOverWriter(objectives, keyResults, checkIns, cycles, OkrTestData.CLOCK), keyResults,
                removal(), transactions);
    }

    public OkrReadService readService() {
        return new OkrReadService(cycles,
                new InMemoryOkrReadRepository(objectives, keyResults, checkIns, initiatives, kpis), () -> settings,
                OkrTestData.CLOCK);
    }

    public Contents contents() {
        return new Contents(cycles.all(), objectives.all(), keyResults.all(), checkIns.all(), initiatives.all());
    }

    public Cycle store(CycleBuilder cycle) {
        return cycles.insert(cycle.build());
    }

    public Objective store(ObjectiveBuilder objective) {
        return objectives.insert(objective.build());
    }

    public KeyResult store(KeyResultBuilder keyResult) {
        return keyResults.insert(keyResult.build());
    }

    public CheckIn store(CheckInBuilder checkIn) {
        return checkIns.insert(checkIn.build());
    }

    public OkrRemoval removal() {
        return new OkrRemoval(keyResults, checkIns, initiatives, statuses);
    }

    private KeyResultLookup lookup() {
        return new KeyResultLookup(keyResults, objectives, cycles);
    }
}
