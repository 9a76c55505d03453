package dev.waypoint.refresh;

import static dev.waypoint.testdata.OkrTestData.SUPPORT;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.objective.Objective;
import dev.waypoint.refresh.KeyResultRefreshNow.Outcome;
import dev.waypoint.refresh.KeyResultRefreshNow.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Refresh now" of a key result evaluates it at most once a minute with the same inputs across every node: the guard
 * is a claim in the shared store, not node memory. Two instances over one store stand for two nodes.
 */
class KeyResultRefreshNowTest {

    private final RefreshWorld world = new RefreshWorld();
    private Cycle cycle;
    private Objective objective;
    private KeyResult bugs;

    @BeforeEach
    void jqlKeyResultInAnActiveCycle() {
        cycle = world.okr.store(aCycle());
        objective = world.okr.store(anObjective(cycle.id()));
        bugs = world.okr.store(aKeyResult(objective.id()).source(new ValueSource.Jql("type = Bug")));
        world.search.count(Jql.inProjects("type = Bug", Set.of(SUPPORT)), 42);
    }

    private KeyResultRefreshNow node() {
        return new KeyResultRefreshNow(world.keyResultRefresher(), new KeyResultInputs(world.okr.initiatives,
                world.values), world.claims, world.statuses, () -> world.settings, world.clock);
    }

    private Outcome refresh(KeyResultRefreshNow node, KeyResult keyResult) {
        return node.refresh(keyResult, objective, cycle);
    }

    @Test
    void givenTwoNodes_refreshingWithinAMinute_evaluatesOnceAndTheOtherAnswersTheStoredEvaluation() {
        Instant first = world.clock.instant();

        Outcome a = refresh(node(), bugs);
        world.clock.advance(Duration.ofSeconds(30));
        Outcome b = refresh(node(), bugs);

        assertThat(a.result()).isEqualTo(Result.EVALUATED);
        assertThat(b).isEqualTo(new Outcome(Result.RECENT, first, null));
        assertThat(world.search.calls()).hasSize(1);
    }

    @Test
    void givenAMinutePassed_refreshing_evaluatesAgain() {
        refresh(node(), bugs);
        world.clock.advance(KeyResultRefreshNow.MIN_INTERVAL);

        assertThat(refresh(node(), bugs).result()).isEqualTo(Result.EVALUATED);
        assertThat(world.search.calls()).hasSize(2);
    }

    @Test
    void givenAChangedDefinition_refreshing_evaluatesAtOnceOnAnyNode() {
        refresh(node(), bugs);
        KeyResult changed = world.okr.keyResults.update(bugs); // a new version of its definition
        world.clock.advance(Duration.ofSeconds(5));

        assertThat(refresh(node(), changed).result()).isEqualTo(Result.EVALUATED);
        assertThat(world.search.calls()).hasSize(2);
    }
}
