package dev.waypoint.objective;

import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anInitiative;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static dev.waypoint.testdata.OkrTestData.objectiveCommand;
import static dev.waypoint.testdata.OkrTestData.text;
import static dev.waypoint.testdata.Refusals.fields;
import static dev.waypoint.testdata.Refusals.invalid;
import static dev.waypoint.testdata.Refusals.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Weight;
import dev.waypoint.testdata.ObjectiveCommandBuilder;
import dev.waypoint.testdata.OkrWorld;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ObjectiveServiceTest {

    private final OkrWorld world = new OkrWorld();
    private final ObjectiveService service = world.objectiveService();
    private final Cycle q1 = world.store(aCycle());

    @Nested
    class Create {

        @Test
        void givenValidInput_create_storesObjectiveWithDefaults() {
            Objective created = service.create(objectiveCommand(q1.id()).title("  Delight customers ")
                    .alignedKpis(Set.of(new KpiId(4))).create());

            assertThat(created.title()).isEqualTo("Delight customers");
            assertThat(created.state()).isEqualTo(ObjectiveState.ACTIVE);
            assertThat(created.commitment()).isEqualTo(Commitment.COMMITTED);
            assertThat(created.weight()).isEqualTo(Weight.ONE);
            assertThat(created.contributesToParent()).isTrue();
            assertThat(created.alignedKpis()).containsExactly(new KpiId(4));
            assertThat(world.objectives.all()).containsExactly(created);
        }

        @Test
        void givenEveryFieldBad_create_reportsEveryFieldAndStoresNothing() {
            InvalidInputException e = invalid(() -> service.create(objectiveCommand(q1.id()).title("")
                    .description(text(10_001)).level(null).weight(0d).state(ObjectiveState.CLOSED).create()));

            assertThat(e.errors()).extracting(f -> f.field() + " " + f.messageKey()).containsExactly(
                    "title waypoint.objective.title.required",
                    "description waypoint.objective.description.tooLong",
                    "level waypoint.objective.level.required",
                    "weight waypoint.objective.weight.outOfRange",
                    "state waypoint.objective.state.notSettable");
            assertThat(e.errors().get(1).message())
                    .isEqualTo("Description must be at most 10000 characters, was 10001");
            assertThat(world.objectives.all()).isEmpty();
        }

        @Test
        void givenTitleTooLongOrOnTwoLines_create_reportsTitle() {
            assertThat(keys(() -> service.create(objectiveCommand(q1.id()).title(text(256)).create())))
                    .containsExactly("waypoint.objective.title.tooLong");
            assertThat(keys(() -> service.create(objectiveCommand(q1.id()).title("Two\nlines").create())))
                    .containsExactly("waypoint.objective.title.controlCharacters");
        }

        @Test
        void givenNonFiniteWeight_create_reportsWeight() {
            assertThat(fields(() -> service.create(objectiveCommand(q1.id()).weight(Double.NaN).create())))
                    .containsExactly("weight");
            assertThat(fields(() -> service.create(objectiveCommand(q1.id()).weight(Double.POSITIVE_INFINITY)
                    .create()))).containsExactly("weight");
        }

        @Test
        void givenProjectRulesOfEachLevel_create_reportsProject() {
            assertThat(keys(() -> service.create(objectiveCommand(q1.id()).project(null).create())))
                    .containsExactly("waypoint.objective.project.required");
            assertThat(keys(() -> service.create(objectiveCommand(q1.id()).level(ObjectiveLevel.COMPANY).create())))
                    .containsExactly("waypoint.objective.project.notAllowed");
            assertThat(keys(() -> service.create(objectiveCommand(q1.id()).project("not a key").create())))
                    .containsExactly("waypoint.objective.project.invalid");
            assertThat(service.create(objectiveCommand(q1.id()).level(ObjectiveLevel.INDIVIDUAL).project(" ")
                    .create()).project()).isNull();
        }

        @Test
        void givenMissingUnknownOrClosedCycle_create_isRefused() {
            Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));

            assertThat(keys(() -> service.create(objectiveCommand(null).create())))
                    .containsExactly("waypoint.objective.cycleId.required");
            assertThatThrownBy(() -> service.create(objectiveCommand(new CycleId(99)).create()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(keys(() -> service.create(objectiveCommand(closed.id()).create())))
                    .containsExactly("waypoint.objective.cycleId.closed");
        }

        @Test
        void givenParentInOverlappingYearCycle_create_alignsIt() {
            Cycle year = world.store(aCycle().named("2026").to(LocalDate.of(2026, 12, 31)));
            Objective company = world.store(anObjective(year.id()).company());

            Objective created = service.create(objectiveCommand(q1.id()).parentId(company.id()).create());

            assertThat(created.parentId()).isEqualTo(company.id());
        }

        @Test
        void givenParentInCycleThatDoesNotOverlap_create_reportsParent() {
            Cycle q3 = world.store(aCycle().named("Q3").from(LocalDate.of(2026, 7, 1)).to(LocalDate.of(2026, 9, 30)));
            Objective parent = world.store(anObjective(q3.id()).company().titled("Later"));

            InvalidInputException e = invalid(() -> service.create(objectiveCommand(q1.id()).parentId(parent.id())
                    .create()));

            assertThat(e.errors()).extracting(f -> f.messageKey())
                    .containsExactly("waypoint.objective.parentId.cycleNotOverlapping");
            assertThat(e.errors().get(0).message())
                    .isEqualTo("Parent objective \"Later\" is in cycle \"Q3\", "
                            + "which does not overlap cycle \"Q1 2026\"");
        }

        @Test
        void givenUnknownParent_create_throwsNotFound() {
            assertThatThrownBy(() -> service.create(objectiveCommand(q1.id()).parentId(new ObjectiveId(99)).create()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(world.objectives.all()).isEmpty();
        }
    }

    @Nested
    class Update {

        @Test
        void givenCurrentVersion_update_storesChangesAndIncrementsVersion() {
            Objective stored = world.store(anObjective(q1.id()));

            Objective updated = service.update(ObjectiveCommandBuilder.from(stored).title("Renamed")
                    .state(ObjectiveState.ABANDONED).update(stored.id(), 0));

            assertThat(updated.version()).isEqualTo(1);
            assertThat(updated.state()).isEqualTo(ObjectiveState.ABANDONED);
            assertThat(world.objectives.findById(stored.id())).contains(updated);
        }

        @Test
        void givenStaleVersion_update_isRefusedWithConflictAndChangesNothing() {
            Objective stored = world.store(anObjective(q1.id()));
            service.update(ObjectiveCommandBuilder.from(stored).title("First").update(stored.id(), 0));
            OkrWorld.Contents before = world.contents();

            assertThatThrownBy(() -> service.update(ObjectiveCommandBuilder.from(stored).title("Second")
                    .update(stored.id(), 0))).isInstanceOf(ConflictException.class);
            assertThat(world.contents()).isEqualTo(before);
        }

        @Test
        void givenParentThatDescendsFromTheObjective_update_reportsLoopAndChangesNothing() {
            Objective a = world.store(anObjective(q1.id()).titled("A"));
            Objective b = world.store(anObjective(q1.id()).titled("B").alignedTo(a.id()));
            Objective c = world.store(anObjective(q1.id()).titled("C").alignedTo(b.id()));
            OkrWorld.Contents before = world.contents();

            assertThat(keys(() -> service.update(ObjectiveCommandBuilder.from(a).parentId(c.id()).update(a.id(), 0))))
                    .containsExactly("waypoint.objective.parentId.loop");
            assertThat(keys(() -> service.update(ObjectiveCommandBuilder.from(a).parentId(a.id()).update(a.id(), 0))))
                    .containsExactly("waypoint.objective.parentId.loop");
            assertThat(world.contents()).isEqualTo(before);
        }

        @Test
        void givenMoveToCycleNotOverlappingItsChildren_update_reportsCycle() {
            Cycle year = world.store(aCycle().named("2026").to(LocalDate.of(2026, 12, 31)));
            Cycle next = world.store(aCycle().named("2027").from(LocalDate.of(2027, 1, 1))
                    .to(LocalDate.of(2027, 12, 31)));
            Objective company = world.store(anObjective(year.id()).company());
            world.store(anObjective(q1.id()).alignedTo(company.id()));

            assertThat(keys(() -> service.update(ObjectiveCommandBuilder.from(company).cycleId(next.id())
                    .update(company.id(), 0)))).containsExactly("waypoint.objective.cycleId.childrenNotOverlapping");
        }

        @Test
        void givenStateClosed_update_reportsState() {
            Objective stored = world.store(anObjective(q1.id()));

            assertThat(keys(() -> service.update(ObjectiveCommandBuilder.from(stored).state(ObjectiveState.CLOSED)
                    .update(stored.id(), 0)))).containsExactly("waypoint.objective.state.notSettable");
        }

        @Test
        void givenObjectiveInClosedCycle_update_isRefusedWithConflict() {
            Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));
            Objective stored = world.store(anObjective(closed.id()));

            assertThatThrownBy(() -> service.update(ObjectiveCommandBuilder.from(stored).title("Late edit")
                    .update(stored.id(), 0))).isInstanceOf(ConflictException.class);
        }

        @Test
        void givenUnknownObjective_update_throwsNotFound() {
            assertThatThrownBy(() -> service.update(objectiveCommand(q1.id()).update(new ObjectiveId(99), 0)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Delete {

        @Test
        void givenObjectiveWithKeyResults_delete_removesThemWithCheckInsAndInitiativesInOneTransaction() {
            Objective doomed = world.store(anObjective(q1.id()));
            Objective kept = world.store(anObjective(q1.id()));
            KeyResult doomedResult = world.store(aKeyResult(doomed.id()));
            KeyResult keptResult = world.store(aKeyResult(kept.id()));
            world.store(aCheckIn(doomedResult.id()));
            world.store(aCheckIn(keptResult.id()));
            world.initiatives.insert(anInitiative(doomedResult.id(), 1));
            world.initiatives.insert(anInitiative(keptResult.id(), 1));

            service.delete(doomed.id());

            assertThat(world.objectives.all()).containsExactly(kept);
            assertThat(world.keyResults.all()).containsExactly(keptResult);
            assertThat(world.checkIns.all()).extracting(c -> c.keyResultId()).containsExactly(keptResult.id());
            assertThat(world.initiatives.all()).extracting(i -> i.keyResultId()).containsExactly(keptResult.id());
            assertThat(world.transactions.count()).isEqualTo(1);
        }

        @Test
        void givenObjectiveWithAlignedChildren_delete_isRefusedWithConflict() {
            Objective parent = world.store(anObjective(q1.id()));
            world.store(anObjective(q1.id()).alignedTo(parent.id()));

            assertThatThrownBy(() -> service.delete(parent.id())).isInstanceOf(ConflictException.class);
            assertThat(world.objectives.all()).hasSize(2);
        }

        @Test
        void givenObjectiveInClosedCycle_delete_isRefusedWithConflict() {
            Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));
            Objective stored = world.store(anObjective(closed.id()));

            assertThatThrownBy(() -> service.delete(stored.id())).isInstanceOf(ConflictException.class);
        }
    }
}
