package dev.waypoint.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
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
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DESIGN §6: reading a whole cycle for a project costs a fixed number of SQL statements whatever its size. Counted with
 * datasource-proxy between real Active Objects and HSQLDB, at two sizes; the same on PostgreSQL in
 * {@link AoOkrReadStatementCountOnPostgresTest}.
 */
class AoOkrReadStatementCountTest {

    private static final ProjectKey PROJECT = new ProjectKey("SUP");
    private static final UserKey LEAD = new UserKey("lead");

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    /** Loads a cycle of the given size into the emptied {@code database} and returns the statements the load cost. */
    static int statementsToLoad(AoTestDatabase database, int objectiveCount, int keyResultsPerObjective,
            int initiativesPerKeyResult, int checkInsPerKeyResult) {
        database.empty();
        Cycle cycle = new AoCycleRepository(database.ao()).insert(Cycle.create("Q1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), CycleState.ACTIVE));
        AoObjectiveRepository objectives = new AoObjectiveRepository(database.ao());
        AoKeyResultRepository keyResults = new AoKeyResultRepository(database.ao());
        AoCheckInRepository checkIns = new AoCheckInRepository(database.ao());
        AoInitiativeRepository initiatives = new AoInitiativeRepository(database.ao());
        long issue = 10_000;
        for (int o = 0; o < objectiveCount; o++) {
            Objective objective = objectives.insert(new Objective(null, cycle.id(), "Objective " + o, null,
                    ObjectiveLevel.TEAM, null, Commitment.COMMITTED, LEAD, PROJECT, null, true, Weight.ONE,
                    null, ObjectiveState.ACTIVE, null, 0));
            for (int k = 0; k < keyResultsPerObjective; k++) {
                KeyResult keyResult = keyResults.insert(new KeyResult(null, objective.id(), "KR " + k, LEAD,
                        Weight.ONE, "h", new Measure.Metric(8, 4), ValueSource.manual(), 0));
                for (int c = 0; c < checkInsPerKeyResult; c++) {
                    checkIns.insert(new CheckIn(null, keyResult.id(), CheckInValue.of(8 - c * 0.5), 7, null,
                            LEAD, CheckInOrigin.MANUAL, Instant.parse("2026-01-10T10:00:00Z"),
                            LocalDate.of(2026, 1, 10 + c)));
                }
                for (int i = 0; i < initiativesPerKeyResult; i++) {
                    initiatives.insert(new Initiative(null, keyResult.id(), new IssueId(issue++), LEAD,
                            Instant.parse("2026-01-05T09:00:00Z")));
                }
            }
        }
        AoOkrReadRepository read = new AoOkrReadRepository(database.ao());
        database.statements().reset();

        CycleSnapshot snapshot = read.loadCycle(cycle.id(), PROJECT);
        touchEveryField(snapshot);

        assertThat(snapshot.objectives()).hasSize(objectiveCount);
        assertThat(snapshot.keyResults()).hasSize(objectiveCount * keyResultsPerObjective);
        snapshot.keyResults().forEach(k -> assertThat(snapshot.initiativeCount(k.id()))
                .isEqualTo(initiativesPerKeyResult));
        return database.statements().count();
    }

    private static void touchEveryField(CycleSnapshot snapshot) {
        snapshot.objectives().forEach(Object::toString);
        snapshot.keyResults().forEach(Object::toString);
        snapshot.checkIns().values().forEach(Object::toString);
    }

    @Test
    void givenSmallAndLargeCycle_loading_costsTheSameFourStatements() {
        int small = statementsToLoad(DATABASE.database(), 2, 2, 1, 1);
        int large = statementsToLoad(DATABASE.database(), 50, 5, 10, 3);

        assertThat(small).isEqualTo(4);
        assertThat(large).isEqualTo(small);
    }
}
