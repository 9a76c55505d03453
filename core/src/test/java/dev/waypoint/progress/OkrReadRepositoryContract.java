package dev.waypoint.progress;

import static dev.waypoint.testdata.OkrTestData.NOW;
import static dev.waypoint.testdata.OkrTestData.OPERATIONS;
import static dev.waypoint.testdata.OkrTestData.SUPPORT;
import static dev.waypoint.testdata.OkrTestData.TODAY;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anInitiative;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.testdata.OkrRepositories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link OkrReadRepository}: one call loads a project's cycle. A subclass supplies fresh, empty
 * repositories sharing one store in {@link #createRepositories()}; an AO subclass can also count the SQL statements of
 * {@link OkrReadRepository#loadCycle} (at most 4).
 */
public abstract class OkrReadRepositoryContract {

    private OkrRepositories repositories;
    private Cycle cycle;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract OkrRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        repositories = createRepositories();
        cycle = repositories.cycles().insert(aCycle().build());
    }

    @Test
    void givenObjectivesOfSeveralProjectsAndCycles_loadCycle_holdsTheProjectsAndTheCompanysObjectivesOfTheCycle() {
        Cycle otherCycle = repositories.cycles().insert(aCycle().named("Q2").build());
        Objective company = objective(anObjective(cycle.id()).company());
        Objective team = objective(anObjective(cycle.id()).alignedTo(company.id()));
        Objective individual = objective(anObjective(cycle.id()).level(ObjectiveLevel.INDIVIDUAL, SUPPORT));
        objective(anObjective(cycle.id()).level(ObjectiveLevel.TEAM, OPERATIONS));
        objective(anObjective(cycle.id()).level(ObjectiveLevel.INDIVIDUAL, null));
        objective(anObjective(otherCycle.id()));
        objective(anObjective(otherCycle.id()).company());

        CycleSnapshot snapshot = repositories.reads().loadCycle(cycle.id(), SUPPORT);

        assertThat(snapshot.cycleId()).isEqualTo(cycle.id());
        assertThat(snapshot.project()).isEqualTo(SUPPORT);
        assertThat(snapshot.objectives()).containsExactly(company, team, individual);
    }

    @Test
    void givenKeyResultsOfLoadedAndOtherObjectives_loadCycle_holdsOnlyThoseOfLoadedObjectives() {
        Objective company = objective(anObjective(cycle.id()).company());
        Objective team = objective(anObjective(cycle.id()));
        Objective elsewhere = objective(anObjective(cycle.id()).level(ObjectiveLevel.TEAM, OPERATIONS));
        KeyResult a = keyResult(team);
        KeyResult b = keyResult(company);
        keyResult(elsewhere);
        KeyResult c = keyResult(team);

        CycleSnapshot snapshot = repositories.reads().loadCycle(cycle.id(), SUPPORT);

        assertThat(snapshot.keyResults()).containsExactly(a, b, c);
        assertThat(snapshot.keyResultsOf(team.id())).containsExactly(a, c);
    }

    @Test
    void givenHistory_loadCycle_holdsEveryCheckInAndPicksLatestByEffectiveDateThenCreatedAt() {
        KeyResult keyResult = keyResult(objective(anObjective(cycle.id())));
        KeyResult other = keyResult(objective(anObjective(cycle.id())));
        CheckIn sameDayEarlier = checkIn(aCheckIn(keyResult.id()).value(3).createdAt(NOW.minusSeconds(60)));
        CheckIn latest = checkIn(aCheckIn(keyResult.id()).value(4).confidence(2).createdAt(NOW.minusSeconds(30)));
        CheckIn backDatedButRecordedLast = checkIn(aCheckIn(keyResult.id()).value(1).effective(TODAY.minusDays(20)));
        CheckIn otherOnly = checkIn(aCheckIn(other.id()).value(7).refreshed());

        CycleSnapshot snapshot = repositories.reads().loadCycle(cycle.id(), SUPPORT);

        assertThat(snapshot.checkInsOf(keyResult.id()))
                .containsExactly(backDatedButRecordedLast, sameDayEarlier, latest);
        assertThat(snapshot.latestCheckIn(keyResult.id())).contains(latest);
        assertThat(snapshot.latestConfidence(keyResult.id())).isEqualTo(2);
        assertThat(snapshot.latestCheckIn(other.id())).contains(otherOnly);
    }

    @Test
    void givenLinkedIssues_loadCycle_countsInitiativesPerKeyResult() {
        Objective team = objective(anObjective(cycle.id()));
        KeyResult twice = keyResult(team);
        KeyResult once = keyResult(team);
        KeyResult none = keyResult(team);
        repositories.initiatives().insert(anInitiative(twice.id(), 1));
        repositories.initiatives().insert(anInitiative(twice.id(), 2));
        repositories.initiatives().insert(anInitiative(once.id(), 2));

        CycleSnapshot snapshot = repositories.reads().loadCycle(cycle.id(), SUPPORT);

        assertThat(snapshot.initiativeCounts()).containsOnly(Map.entry(twice.id(), 2), Map.entry(once.id(), 1));
        assertThat(snapshot.initiativeCount(none.id())).isZero();
    }

    @Test
    void givenMoreThan1000KeyResults_loadCycle_holdsAllWithTheirCheckInsAndCounts() {
        Objective team = objective(anObjective(cycle.id()));
        List<KeyResult> many = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            many.add(keyResult(team));
        }
        KeyResult first = many.get(0);
        KeyResult last = many.get(many.size() - 1);
        CheckIn firstValue = checkIn(aCheckIn(first.id()).value(1));
        CheckIn lastValue = checkIn(aCheckIn(last.id()).value(2));
        repositories.initiatives().insert(anInitiative(last.id(), 99));

        CycleSnapshot snapshot = repositories.reads().loadCycle(cycle.id(), SUPPORT);

        assertThat(snapshot.keyResults()).hasSize(1_001);
        assertThat(snapshot.latestCheckIn(first.id())).contains(firstValue);
        assertThat(snapshot.latestCheckIn(last.id())).contains(lastValue);
        assertThat(snapshot.initiativeCount(last.id())).isEqualTo(1);
    }

    @Test
    void givenUnknownCycle_loadCycle_isEmpty() {
        objective(anObjective(cycle.id()));

        CycleSnapshot snapshot = repositories.reads().loadCycle(new CycleId(424_242), SUPPORT);

        assertThat(snapshot.objectives()).isEmpty();
        assertThat(snapshot.keyResults()).isEmpty();
        assertThat(snapshot.checkIns()).isEmpty();
    }

    @Test
    void givenNoKpiOrUnknownKpis_kpiFormats_isEmpty() {
        assertThat(repositories.reads().kpiFormats(List.of())).isEmpty();
        assertThat(repositories.reads().kpiFormats(List.of(new KpiId(424_242), new KpiId(424_243)))).isEmpty();
    }

    private Objective objective(dev.waypoint.testdata.ObjectiveBuilder builder) {
        return repositories.objectives().insert(builder.build());
    }

    private KeyResult keyResult(Objective objective) {
        return repositories.keyResults().insert(aKeyResult(objective.id()).build());
    }

    private CheckIn checkIn(dev.waypoint.testdata.CheckInBuilder builder) {
        return repositories.checkIns().insert(builder.build());
    }
}
