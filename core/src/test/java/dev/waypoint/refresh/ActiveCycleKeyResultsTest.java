package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.BOB;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.testdata.OkrTestData;
import dev.waypoint.testdata.OkrWorld;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActiveCycleKeyResultsTest {

    private final OkrWorld okr = new OkrWorld();
    private final RefreshableKeyResults targets = new ActiveCycleKeyResults(okr.cycles, okr.objectives,
            okr.keyResults);

    @Test
    void givenKeyResultsOfEveryKind_findAll_returnsTheAutomaticOnesOfLiveObjectivesInActiveCycles() {
        Cycle active = okr.store(aCycle());
        Cycle planning = okr.store(aCycle().named("Q2").inState(CycleState.PLANNING));
        Objective live = okr.store(anObjective(active.id()).ownedBy(BOB));
        Objective draft = okr.store(anObjective(active.id()).inState(ObjectiveState.DRAFT));
        Objective abandoned = okr.store(anObjective(active.id()).inState(ObjectiveState.ABANDONED));
        Objective future = okr.store(anObjective(planning.id()));
        KeyResult jql = okr.store(aKeyResult(live.id()).ownedBy(null).source(new ValueSource.Jql("a = 1")));
        KeyResult kpi = okr.store(aKeyResult(draft.id()).source(new ValueSource.Kpi(new KpiId(1))));
        KeyResult issues = okr.store(aKeyResult(live.id())
                .measure(new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, null)));
        okr.store(aKeyResult(live.id()));
        okr.store(aKeyResult(abandoned.id()).source(new ValueSource.Jql("a = 1")));
        okr.store(aKeyResult(future.id()).source(new ValueSource.Jql("a = 1")));

        assertThat(targets.findAll()).containsExactly(
                new RefreshableKeyResult(jql, BOB, Set.of(OkrTestData.SUPPORT)),
                new RefreshableKeyResult(kpi, ALICE),
                new RefreshableKeyResult(issues, ALICE));
    }

    @Test
    void givenNoActiveCycle_findAll_isEmpty() {
        okr.store(aCycle().inState(CycleState.CLOSED));

        assertThat(targets.findAll()).isEmpty();
    }
}
