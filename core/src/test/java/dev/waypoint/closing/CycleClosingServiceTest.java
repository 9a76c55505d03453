package dev.waypoint.closing;


import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.OkrWorld;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static dev.waypoint.testdata.OkrTestData.ALICE;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static dev.waypoint.testdata.Refusals.fields;
import static dev.waypoint.testdata.Refusals.invalid;
import static dev.waypoint.testdata.Refusals.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CycleClosingServiceTest {

    private final OkrWorld world = new OkrWorld();
    private final CycleClosingService service = world.closingService();
    private final Cycle q1 = world.store(aCycle());
    private final Cycle q2 = world.store(aCycle().named("Q2 2026").from(LocalDate.of(2026, 4, 1))
            .to(LocalDate.of(2026, 6, 30)).inState(CycleState.PLANNING));
    private final Objective objective = world.store(anObjective(q1.id()).titled("Faster support"));
    private final KeyResult halfway = world.store(aKeyResult(objective.id()).titled("Response time").metric(8, 4));
    private final KeyResult done = world.store(aKeyResult(objective.id()).titled("Hire").metric(0, 2));

    CycleClosingServiceTest() {
        world.store(aCheckIn(halfway.id()).value(6).confidence(4));
        world.store(aCheckIn(done.id()).value(2));
    }

    @Nested
    class Grading {

        @Test
        void givenProgress_preview_suggestsGradesAndListsUnfinishedKeyResults() {
            GradingPreview preview = service.preview(q1.id());

            assertThat(preview.suggestedGrade(objective.id())).isEqualTo(0.75);
            assertThat(preview.unfinishedKeyResults()).containsExactly(halfway);
        }

        @Test
        void givenNoOverrides_close_gradesWithTheSuggestionAndClosesEverythingInOneTransaction() {
            Objective abandoned = world.store(anObjective(q1.id()).inState(ObjectiveState.ABANDONED));

            ClosedCycle closed = service.close(new CloseCycle(q1.id(), 0, null, null, ALICE));

            assertThat(closed.cycle().state()).isEqualTo(CycleState.CLOSED);
            assertThat(closed.cycle().version()).isEqualTo(1);
            Objective graded = world.objectives.findById(objective.id()).orElseThrow();
            assertThat(graded.state()).isEqualTo(ObjectiveState.CLOSED);
            assertThat(graded.grade()).isEqualTo(new FinalGrade(0.75, null));
            assertThat(world.objectives.findById(abandoned.id())).contains(abandoned);
            assertThat(closed.graded()).containsExactly(graded);
            assertThat(world.transactions.count()).isEqualTo(1);
        }

        @Test
        void givenObjectiveWithContributingChildInAnotherCycle_close_gradesTheRollUp() {
            Cycle year = world.store(aCycle().named("2026").to(LocalDate.of(2026, 12, 31)));
            Objective company = world.store(anObjective(year.id()).company());
            KeyResult companyResult = world.store(aKeyResult(company.id()).metric(0, 10));
            world.store(aCheckIn(companyResult.id()).value(0));
            Objective child = world.store(anObjective(q1.id()).alignedTo(company.id()).weight(3));
            KeyResult childResult = world.store(aKeyResult(child.id()).metric(0, 10));
            world.store(aCheckIn(childResult.id()).value(10));

            assertThat(service.preview(year.id()).suggestedGrade(company.id())).isEqualTo(0.75);
        }

        @Test
        void givenObjectiveWithoutKeyResults_close_leavesItsGradeEmpty() {
            Objective empty = world.store(anObjective(q1.id()));

            service.close(new CloseCycle(q1.id(), 0, null, null, ALICE));

            Objective closed = world.objectives.findById(empty.id()).orElseThrow();
            assertThat(closed.state()).isEqualTo(ObjectiveState.CLOSED);
            assertThat(closed.grade()).isNull();
        }

        @Test
        void givenOverrideWithinTheThreshold_close_acceptsItWithoutNote() {
            service.close(new CloseCycle(q1.id(), 0, List.of(new GradeOverride(objective.id(), 0.55, null)), null,
                    ALICE));

            assertThat(world.objectives.findById(objective.id()).orElseThrow().grade())
                    .isEqualTo(new FinalGrade(0.55, null));
        }

        @Test
        void givenOverrideBeyondTheThresholdWithNote_close_storesGradeAndNote() {
            service.close(new CloseCycle(q1.id(), 0, List.of(new GradeOverride(objective.id(), 0.3,
                    "Hiring only happened on paper")), null, ALICE));

            assertThat(world.objectives.findById(objective.id()).orElseThrow().grade())
                    .isEqualTo(new FinalGrade(0.3, "Hiring only happened on paper"));
        }

        @Test
        void givenOverrideBeyondTheThresholdWithoutNote_close_reportsTheNoteAndWritesNothing() {
            OkrWorld.Contents before = world.contents();

            InvalidInputException e = invalid(() -> service.close(new CloseCycle(q1.id(), 0,
                    List.of(new GradeOverride(objective.id(), 0.3, " ")), null, ALICE)));

            assertThat(e.errors()).extracting(f -> f.field()).containsExactly("overrides[0].note");
            assertThat(e.errors().get(0).message())
                    .isEqualTo("A note is required: grade 0.3 differs from the suggested grade 0.75 by more than 0.2");
            assertThat(world.contents()).isEqualTo(before);
        }

        @Test
        void givenBadOverrides_close_reportsEachByIndex() {
            Objective elsewhere = world.store(anObjective(q2.id()));
            Objective abandoned = world.store(anObjective(q1.id()).inState(ObjectiveState.ABANDONED));

            assertThat(keys(() -> service.close(new CloseCycle(q1.id(), 0, java.util.Arrays.asList(
                    new GradeOverride(elsewhere.id(), 0.5, null),
                    new GradeOverride(objective.id(), 1.5, null),
                    new GradeOverride(objective.id(), 0.7, null),
                    new GradeOverride(abandoned.id(), 0.5, null),
                    new GradeOverride(null, 0.5, null),
                    null), null, ALICE)))).containsExactly(
                            "waypoint.cycle.close.override.objectiveId.notInCycle",
                            "waypoint.cycle.close.override.grade.outOfRange",
                            "waypoint.cycle.close.override.objectiveId.duplicate",
                            "waypoint.cycle.close.override.objectiveId.abandoned",
                            "waypoint.cycle.close.override.objectiveId.required",
                            "waypoint.cycle.close.override.objectiveId.required");
        }

        @Test
        void givenStaleVersionOrClosedCycle_close_isRefusedWithConflict() {
            Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));

            assertThatThrownBy(() -> service.close(new CloseCycle(q1.id(), 3, null, null, ALICE)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("version 0, yours 3");
            assertThatThrownBy(() -> service.close(new CloseCycle(closed.id(), 0, null, null, ALICE)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("is closed");
            assertThatThrownBy(() -> service.close(new CloseCycle(new CycleId(99), 0, null, null, ALICE)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(world.cycles.findById(q1.id()).orElseThrow().state()).isEqualTo(CycleState.ACTIVE);
        }
    }

    @Nested
    class CarryingOver {

        @Test
        void givenNoSameTitledObjective_close_copiesObjectiveAndKeyResultWithItsLatestValue() {
            ClosedCycle closed = service.close(new CloseCycle(q1.id(), 0, null,
                    new CarryOver(q2.id(), List.of(halfway.id())), ALICE));

            Objective copy = world.objectives.findByCycleIds(List.of(q2.id())).get(0);
            assertThat(copy.title()).isEqualTo("Faster support");
            assertThat(copy.state()).isEqualTo(ObjectiveState.DRAFT);
            assertThat(copy.grade()).isNull();
            KeyResult carried = closed.carriedOver().get(0);
            assertThat(carried.objectiveId()).isEqualTo(copy.id());
            assertThat(carried.measure()).isEqualTo(halfway.measure());
            assertThat(carried.title()).isEqualTo("Response time");
            List<CheckIn> history = world.checkIns.findByKeyResultIds(List.of(carried.id()));
            assertThat(history).singleElement().satisfies(c -> {
                assertThat(c.value()).isEqualTo(CheckInValue.of(6));
                assertThat(c.effectiveDate()).isEqualTo(q2.start());
                assertThat(c.author()).isEqualTo(ALICE);
            });
            assertThat(world.keyResults.findById(halfway.id())).contains(halfway);
        }

        @Test
        void givenSameTitledObjectiveInTarget_close_putsTheKeyResultUnderIt() {
            Objective existing = world.store(anObjective(q2.id()).titled("  faster SUPPORT"));

            service.close(new CloseCycle(q1.id(), 0, null, new CarryOver(q2.id(), List.of(halfway.id())), ALICE));

            assertThat(world.objectives.findByCycleIds(List.of(q2.id()))).containsExactly(existing);
            assertThat(world.keyResults.findByObjectiveIds(List.of(existing.id()))).hasSize(1);
        }

        @Test
        void givenParentInCycleOverlappingTheTarget_close_keepsTheAlignmentOfTheCopy() {
            Cycle year = world.store(aCycle().named("2026").to(LocalDate.of(2026, 12, 31)));
            Objective company = world.store(anObjective(year.id()).company());
            Objective aligned = world.store(anObjective(q1.id()).titled("Aligned").alignedTo(company.id()));
            KeyResult open = world.store(aKeyResult(aligned.id()));

            service.close(new CloseCycle(q1.id(), 0, null, new CarryOver(q2.id(), List.of(open.id())), ALICE));

            assertThat(world.objectives.findByCycleIds(List.of(q2.id()))).singleElement()
                    .satisfies(copy -> assertThat(copy.parentId()).isEqualTo(company.id()));
        }

        @Test
        void givenFinishedOrForeignKeyResults_close_reportsThemAndWritesNothing() {
            Objective later = world.store(anObjective(q2.id()));
            KeyResult foreign = world.store(aKeyResult(later.id()));
            OkrWorld.Contents before = world.contents();

            assertThat(fields(() -> service.close(new CloseCycle(q1.id(), 0, null,
                    new CarryOver(q2.id(), List.of(done.id(), foreign.id(), new KeyResultId(99))), ALICE))))
                    .containsExactly("carryOver.keyResultIds[0]", "carryOver.keyResultIds[1]",
                            "carryOver.keyResultIds[2]");
            assertThat(world.contents()).isEqualTo(before);
        }

        @Test
        void givenBadTargetCycle_close_isRefused() {
            Cycle closedTarget = world.store(aCycle().named("Q4 2025").inState(CycleState.CLOSED));

            assertThat(keys(() -> service.close(new CloseCycle(q1.id(), 0, null,
                    new CarryOver(null, List.of(halfway.id())), ALICE))))
                    .containsExactly("waypoint.cycle.close.carryOver.cycleId.required");
            assertThat(keys(() -> service.close(new CloseCycle(q1.id(), 0, null,
                    new CarryOver(q1.id(), List.of(halfway.id())), ALICE))))
                    .containsExactly("waypoint.cycle.close.carryOver.cycleId.same");
            assertThat(keys(() -> service.close(new CloseCycle(q1.id(), 0, null,
                    new CarryOver(closedTarget.id(), List.of(halfway.id())), ALICE))))
                    .containsExactly("waypoint.cycle.close.carryOver.cycleId.closed");
            assertThatThrownBy(() -> service.close(new CloseCycle(q1.id(), 0, null,
                    new CarryOver(new CycleId(99), List.of(halfway.id())), ALICE)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(world.cycles.findById(q1.id()).orElseThrow().state()).isEqualTo(CycleState.ACTIVE);
        }

        @Test
        void givenBadOverrideAndBadCarryOver_close_reportsBothTogether() {
            assertThat(fields(() -> service.close(new CloseCycle(q1.id(), 0,
                    List.of(new GradeOverride(objective.id(), -1.0, null)),
                    new CarryOver(q2.id(), List.of(done.id())), ALICE))))
                    .containsExactly("overrides[0].grade", "carryOver.keyResultIds[0]");
        }

        @Test
        void givenCarriedKeyResult_targetCycle_continuesWithItsLatestValueAndConfidence() {
            service.close(new CloseCycle(q1.id(), 0, null, new CarryOver(q2.id(), List.of(halfway.id())), ALICE));

            ObjectiveId copy = world.objectives.findByCycleIds(List.of(q2.id())).get(0).id();
            KeyResultId carried = world.keyResults.findByObjectiveIds(List.of(copy)).get(0).id();
            CheckIn continued = world.checkIns.findByKeyResultIds(List.of(carried)).get(0);
            assertThat(continued.confidence()).isEqualTo(4);
            assertThat(continued.numericValue()).isEqualTo(6.0);
            assertThat(continued.effectiveDate()).isEqualTo(q2.start());
            // dated at Q2's start, after today: it counts from then on, not yet (issue 13: no values from the future)
            assertThat(service.preview(q2.id()).suggestedGrade(copy)).isNull();
        }
    }
}
