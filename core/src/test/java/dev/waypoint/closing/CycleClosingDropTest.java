package dev.waypoint.closing;

import static dev.waypoint.testdata.OkrTestData.ALICE;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.testdata.OkrWorld;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three fates of an unfinished key result at close: carried over (copied, the original stays), dropped (deleted,
 * left out of the grade), kept as history (the default: stays, counts in the grade).
 */
class CycleClosingDropTest {

    private final OkrWorld world = new OkrWorld();
    private final CycleClosingService service = world.closingService();
    private final Cycle q1 = world.store(aCycle());
    private final Cycle q2 = world.store(aCycle().named("Q2 2026").from(LocalDate.of(2026, 4, 1))
            .to(LocalDate.of(2026, 6, 30)).inState(CycleState.PLANNING));
    private final Objective objective = world.store(anObjective(q1.id()).titled("Faster support"));
    private final KeyResult halfway = world.store(aKeyResult(objective.id()).titled("Response time").metric(8, 4));
    private final KeyResult stuck = world.store(aKeyResult(objective.id()).titled("Self-service").metric(0, 10));
    private final KeyResult done = world.store(aKeyResult(objective.id()).titled("Hire").metric(0, 2));

    CycleClosingDropTest() {
        world.store(aCheckIn(halfway.id()).value(6));
        world.store(aCheckIn(stuck.id()).value(0));
        world.store(aCheckIn(done.id()).value(2));
    }

    @Test
    void givenADroppedKeyResult_preview_leavesItOutOfTheSuggestedGrade() {
        GradingPreview kept = service.preview(q1.id());
        GradingPreview dropped = service.preview(q1.id(), List.of(stuck.id()));

        assertThat(kept.suggestedGrade(objective.id())).isEqualTo(0.5);
        assertThat(dropped.suggestedGrade(objective.id())).isEqualTo(0.75);
        assertThat(dropped.isDropped(stuck.id())).isTrue();
        assertThat(dropped.unfinishedKeyResults()).containsExactly(halfway, stuck);
    }

    @Test
    void givenOneOfEachFate_close_copiesDeletesAndKeepsAndGradesWithoutTheDropped() {
        ClosedCycle closed = service.close(new CloseCycle(q1.id(), 0, null,
                new CarryOver(q2.id(), List.of(halfway.id())), ALICE, List.of(stuck.id())));

        assertThat(world.keyResults.findById(stuck.id())).isEmpty();
        assertThat(world.checkIns.findByKeyResultIds(List.of(stuck.id()))).isEmpty();
        assertThat(world.keyResults.findById(halfway.id())).contains(halfway);
        assertThat(closed.dropped()).containsExactly(stuck);
        assertThat(closed.carriedOver()).extracting(KeyResult::title).containsExactly("Response time");
        assertThat(world.objectives.findById(objective.id()).orElseThrow().grade())
                .isEqualTo(new FinalGrade(0.75, null));
        assertThat(world.transactions.count()).isEqualTo(1);
    }

    @Test
    void givenAKeyResultBothCarriedAndDropped_close_refusesAndWritesNothing() {
        OkrWorld.Contents before = world.contents();

        assertThatThrownBy(() -> service.close(new CloseCycle(q1.id(), 0, null,
                new CarryOver(q2.id(), List.of(stuck.id())), ALICE, List.of(stuck.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasErrorFor("drop[0]")).isTrue());
        assertThat(world.contents()).isEqualTo(before);
    }

    @Test
    void givenAFinishedOrForeignKeyResult_drop_isRefusedByItsPosition() {
        Objective other = world.store(anObjective(q2.id()));
        KeyResult foreign = world.store(aKeyResult(other.id()).metric(0, 1));

        assertThatThrownBy(() -> service.close(new CloseCycle(q1.id(), 0, null, null, ALICE,
                List.of(halfway.id(), done.id(), foreign.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.hasErrorFor("drop[0]")).isFalse();
                    assertThat(e.hasErrorFor("drop[1]")).isTrue();
                    assertThat(e.hasErrorFor("drop[2]")).isTrue();
                });
        assertThatThrownBy(() -> service.preview(q1.id(), List.of(done.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(world.cycles.findById(q1.id()).orElseThrow().state()).isEqualTo(CycleState.ACTIVE);
    }
}
