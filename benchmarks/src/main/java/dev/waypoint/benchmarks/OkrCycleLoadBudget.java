package dev.waypoint.benchmarks;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.jira.ao.AoCheckInRepository;
import dev.waypoint.jira.ao.AoCycleRepository;
import dev.waypoint.jira.ao.AoInitiativeRepository;
import dev.waypoint.jira.ao.AoKeyResultRepository;
import dev.waypoint.jira.ao.AoObjectiveRepository;
import dev.waypoint.jira.ao.AoOkrReadRepository;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue budget: loading a project's cycle with 50 objectives, 250 key results and 2,500 initiatives (plus 4 check-ins
 * per key result) from AO on HSQLDB costs at most 4 SQL statements. Printed beside a straightforward per-row loading
 * (one query per objective for its key results, one per key result for its check-ins and its initiatives).
 */
final class OkrCycleLoadBudget implements StatementBudget {

    private static final ProjectKey PROJECT = new ProjectKey("SUP");
    private static final UserKey LEAD = new UserKey("lead");
    static final int OBJECTIVES = 50;
    static final int KEY_RESULTS_PER_OBJECTIVE = 5;
    static final int INITIATIVES_PER_KEY_RESULT = 10;
    static final int CHECK_INS_PER_KEY_RESULT = 4;

    @Override
    public void run(PrintStream out) {
        try (AoTestDatabase database = new AoTestDatabase()) {
            Cycle cycle = populate(database);
            AoOkrReadRepository read = new AoOkrReadRepository(database.ao());

            database.statements().reset();
            CycleSnapshot snapshot = read.loadCycle(cycle.id(), PROJECT);
            int batched = database.statements().count();
            double batchedMillis = Medians.medianMillis(5, 21, () -> read.loadCycle(cycle.id(), PROJECT));

            database.statements().reset();
            int objectivesRead = perRowLoad(database, cycle).size();
            int perRow = database.statements().count();
            double perRowMillis = Medians.medianMillis(2, 7, () -> perRowLoad(database, cycle));

            out.printf("OKR cycle load (%d objectives, %d key results, %d initiatives, %d check-ins):%n",
                    snapshot.objectives().size(), snapshot.keyResults().size(),
                    snapshot.initiativeCounts().values().stream().mapToInt(Integer::intValue).sum(),
                    snapshot.checkIns().values().stream().mapToInt(List::size).sum());
            out.printf("  batched  (AoOkrReadRepository): %5d SQL statements, median %8.2f ms  [budget: <= 4]%n",
                    batched, batchedMillis);
            out.printf("  per-row  (N+1, %d objectives):     %5d SQL statements, median %8.2f ms  (x%.0f statements)%n",
                    objectivesRead, perRow, perRowMillis, (double) perRow / batched);
            if (batched > 4) {
                throw new IllegalStateException("budget broken: " + batched + " statements > 4");
            }
        }
    }

    /** One query per objective for its key results, one per key result for check-ins and for initiatives. */
    private static Map<Objective, List<KeyResult>> perRowLoad(AoTestDatabase database, Cycle cycle) {
        AoObjectiveRepository objectives = new AoObjectiveRepository(database.ao());
        AoKeyResultRepository keyResults = new AoKeyResultRepository(database.ao());
        AoCheckInRepository checkIns = new AoCheckInRepository(database.ao());
        AoInitiativeRepository initiatives = new AoInitiativeRepository(database.ao());
        Map<Objective, List<KeyResult>> result = new HashMap<>();
        for (Objective objective : objectives.findByCycleIds(List.of(cycle.id()))) {
            List<KeyResult> ofObjective = keyResults.findByObjectiveIds(List.of(objective.id()));
            for (KeyResult keyResult : ofObjective) {
                checkIns.findByKeyResultIds(List.of(keyResult.id()));
                initiatives.findByKeyResultIds(List.of(keyResult.id()));
            }
            result.put(objective, ofObjective);
        }
        return result;
    }

    private static Cycle populate(AoTestDatabase database) {
        Cycle cycle = new AoCycleRepository(database.ao()).insert(Cycle.create("Q1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), CycleState.ACTIVE));
        AoObjectiveRepository objectives = new AoObjectiveRepository(database.ao());
        AoKeyResultRepository keyResults = new AoKeyResultRepository(database.ao());
        AoCheckInRepository checkIns = new AoCheckInRepository(database.ao());
        AoInitiativeRepository initiatives = new AoInitiativeRepository(database.ao());
        long issue = 10_000;
        List<KeyResult> created = new ArrayList<>();
        for (int o = 0; o < OBJECTIVES; o++) {
            Objective objective = objectives.insert(new Objective(null, cycle.id(), "Objective " + o, null,
                    ObjectiveLevel.TEAM, null, Commitment.COMMITTED, LEAD, PROJECT, null, true, Weight.ONE, null,
                    ObjectiveState.ACTIVE, null, 0));
            for (int k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
                created.add(keyResults.insert(new KeyResult(null, objective.id(), "KR " + k, LEAD, Weight.ONE, "h",
                        new Measure.Metric(8, 4), ValueSource.manual(), 0)));
            }
        }
        for (KeyResult keyResult : created) {
            for (int c = 0; c < CHECK_INS_PER_KEY_RESULT; c++) {
                checkIns.insert(new CheckIn(null, keyResult.id(), CheckInValue.of(8 - c * 0.5), 7, null, LEAD,
                        CheckInOrigin.MANUAL, Instant.parse("2026-01-10T10:00:00Z"), LocalDate.of(2026, 1, 10 + c)));
            }
            for (int i = 0; i < INITIATIVES_PER_KEY_RESULT; i++) {
                initiatives.insert(new Initiative(null, keyResult.id(), new IssueId(issue++), LEAD,
                        Instant.parse("2026-01-05T09:00:00Z")));
            }
        }
        return cycle;
    }
}
