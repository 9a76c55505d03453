package dev.waypoint.app.cycle;

import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static dev.waypoint.testdata.OkrTestData.text;
import static dev.waypoint.testdata.Refusals.fields;
import static dev.waypoint.testdata.Refusals.invalid;
import static dev.waypoint.testdata.Refusals.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.CreateCycle;
import dev.waypoint.cycle.CreateQuarters;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.cycle.UpdateCycle;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.OkrTestData;
import dev.waypoint.testdata.OkrWorld;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CycleServiceTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

    private final OkrWorld world = new OkrWorld();
    private final CycleService service = world.cycleService();

    @Nested
    class Create {

        @Test
        void givenValidInput_create_storesCyclePlanningByDefault() {
            Cycle created = service.create(new CreateCycle("  Q1 2026 ", JAN_1, MAR_31, null));

            assertThat(created.name()).isEqualTo("Q1 2026");
            assertThat(created.state()).isEqualTo(CycleState.PLANNING);
            assertThat(world.cycles.all()).containsExactly(created);
        }

        @Test
        void givenEveryFieldBad_create_reportsEveryFieldAndStoresNothing() {
            InvalidInputException e = invalid(() -> service.create(
                    new CreateCycle(" ", JAN_1.minusYears(101), MAR_31.plusYears(101), CycleState.CLOSED)));

            assertThat(e.errors()).extracting(f -> f.field() + " " + f.messageKey()).containsExactly(
                    "name waypoint.cycle.name.required",
                    "start waypoint.cycle.start.outOfRange",
                    "end waypoint.cycle.end.outOfRange",
                    "state waypoint.cycle.state.notSettable");
            assertThat(e.errors().get(1).message())
                    .isEqualTo("Start date 1 Jan 1925 must be within 100 years of today");
            assertThat(world.cycles.all()).isEmpty();
        }

        @Test
        void givenEndBeforeStart_create_reportsEnd() {
            assertThat(keys(() -> service.create(new CreateCycle("Q1", MAR_31, JAN_1, null))))
                    .containsExactly("waypoint.cycle.end.beforeStart");
        }

        @Test
        void givenMissingDates_create_reportsBothDates() {
            assertThat(fields(() -> service.create(new CreateCycle("Q1", null, null, null))))
                    .containsExactly("start", "end");
        }

        @Test
        void givenNameTooLongOrWithControlCharacters_create_reportsName() {
            assertThat(keys(() -> service.create(new CreateCycle(text(256), JAN_1, MAR_31, null))))
                    .containsExactly("waypoint.cycle.name.tooLong");
            assertThat(keys(() -> service.create(new CreateCycle("Q1\u0000", JAN_1, MAR_31, null))))
                    .containsExactly("waypoint.cycle.name.controlCharacters");
        }

        @Test
        void givenOneDayCycleAtTheEdgeOfTheRange_create_acceptsIt() {
            LocalDate edge = LocalDate.of(2126, 2, 15);

            assertThat(service.create(new CreateCycle(text(255), edge, edge, CycleState.ACTIVE)).end()).isEqualTo(edge);
        }
    }

    @Nested
    class Update {

        @Test
        void givenCurrentVersion_update_storesChangesAndIncrementsVersion() {
            Cycle stored = world.store(aCycle().inState(CycleState.PLANNING));

            Cycle updated = service.update(new UpdateCycle(stored.id(), 0, "Q1 (extended)", JAN_1,
                    MAR_31.plusDays(7), CycleState.ACTIVE));

            assertThat(updated.version()).isEqualTo(1);
            assertThat(world.cycles.findById(stored.id())).contains(updated);
            assertThat(updated.state()).isEqualTo(CycleState.ACTIVE);
        }

        @Test
        void givenNoState_update_keepsTheState() {
            Cycle stored = world.store(aCycle().inState(CycleState.ACTIVE));

            assertThat(service.update(new UpdateCycle(stored.id(), 0, "Q1", JAN_1, MAR_31, null)).state())
                    .isEqualTo(CycleState.ACTIVE);
        }

        @Test
        void givenStaleVersion_update_isRefusedWithConflictAndChangesNothing() {
            Cycle stored = world.store(aCycle());
            service.update(new UpdateCycle(stored.id(), 0, "First", JAN_1, MAR_31, null));
            OkrWorld.Contents before = world.contents();

            assertThatThrownBy(() -> service.update(new UpdateCycle(stored.id(), 0, "Second", JAN_1, MAR_31, null)))
                    .isInstanceOf(ConflictException.class);
            assertThat(world.contents()).isEqualTo(before);
        }

        @Test
        void givenClosedCycle_update_isRefusedWithConflict() {
            Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));

            assertThatThrownBy(() -> service.update(new UpdateCycle(closed.id(), 0, "Reopen", JAN_1, MAR_31,
                    CycleState.ACTIVE))).isInstanceOf(ConflictException.class).hasMessageContaining("is closed");
        }

        @Test
        void givenUnknownCycle_update_throwsNotFound() {
            assertThatThrownBy(() -> service.update(new UpdateCycle(new CycleId(99), 0, "X", JAN_1, MAR_31, null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void givenDatesThatNoLongerOverlapAParentsCycle_update_reportsTheDatesAndChangesNothing() {
            Cycle year = world.store(aCycle().named("2026").from(JAN_1).to(LocalDate.of(2026, 12, 31)));
            Cycle quarter = world.store(aCycle());
            var company = world.store(anObjective(year.id()).company().titled("Grow"));
            world.store(anObjective(quarter.id()).alignedTo(company.id()));
            OkrWorld.Contents before = world.contents();

            InvalidInputException e = invalid(() -> service.update(new UpdateCycle(quarter.id(), 0, "Q1 2027",
                    JAN_1.plusYears(1), MAR_31.plusYears(1), null)));

            assertThat(e.errors()).extracting(f -> f.field()).containsExactly("start", "end");
            assertThat(e.errors().get(0).message()).contains("\"Grow\"");
            assertThat(world.contents()).isEqualTo(before);
        }

        @Test
        void givenDatesThatStillOverlapAlignedCycles_update_acceptsThem() {
            Cycle year = world.store(aCycle().named("2026").from(JAN_1).to(LocalDate.of(2026, 12, 31)));
            Cycle quarter = world.store(aCycle());
            var company = world.store(anObjective(year.id()).company());
            var team = world.store(anObjective(quarter.id()).alignedTo(company.id()));
            world.store(anObjective(year.id()).alignedTo(team.id()));

            Cycle updated = service.update(new UpdateCycle(quarter.id(), 0, "Q2 2026", LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 6, 30), null));

            assertThat(updated.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        }
    }

    @Nested
    class Delete {

        @Test
        void givenEmptyCycle_delete_removesIt() {
            Cycle stored = world.store(aCycle());

            service.delete(stored.id());

            assertThat(world.cycles.all()).isEmpty();
        }

        @Test
        void givenCycleWithObjectives_delete_isRefusedWithConflict() {
            Cycle stored = world.store(aCycle());
            world.store(anObjective(stored.id()));

            assertThatThrownBy(() -> service.delete(stored.id())).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("still has 1 objectives");
            assertThat(world.cycles.all()).hasSize(1);
        }

        @Test
        void givenClosedCycle_delete_isRefusedWithConflict() {
            Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));

            assertThatThrownBy(() -> service.delete(closed.id())).isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class Quarters {

        @Test
        void givenYear_createQuarters_storesFourCalendarQuartersInOneTransaction() {
            List<Cycle> quarters = service.createQuarters(new CreateQuarters(2028));

            assertThat(quarters).extracting(c -> c.name() + " " + c.start() + ".." + c.end()).containsExactly(
                    "Q1 2028 2028-01-01..2028-03-31",
                    "Q2 2028 2028-04-01..2028-06-30",
                    "Q3 2028 2028-07-01..2028-09-30",
                    "Q4 2028 2028-10-01..2028-12-31");
            assertThat(quarters).allMatch(c -> c.state() == CycleState.PLANNING);
            assertThat(world.cycles.all()).hasSize(4);
            assertThat(world.transactions.count()).isEqualTo(1);
        }

        @Test
        void givenQuartersExistAlready_createQuarters_reportsYearAndStoresNothing() {
            service.createQuarters(new CreateQuarters(2026));

            assertThat(keys(() -> service.createQuarters(new CreateQuarters(2026))))
                    .containsExactly("waypoint.cycle.year.quartersExist");
            assertThat(world.cycles.all()).hasSize(4);
        }

        @Test
        void givenSomeoneCreatingTheSameQuartersAtThisMoment_createQuarters_answersConflictAndStoresNothing() {
            world.claims.claim(CycleService.quartersClaim(2028), 0, OkrTestData.CLOCK.instant(), Duration.ofSeconds(5));

            assertThatThrownBy(() -> service.createQuarters(new CreateQuarters(2028)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("waypoint.cycle.year.quartersBusy"));
            assertThat(world.cycles.all()).isEmpty();
        }

        @Test
        void givenQuartersDeletedAgain_createQuarters_atOnce_createsThemAgain() {
            for (Cycle quarter : service.createQuarters(new CreateQuarters(2028))) {
                service.delete(quarter.id());
            }

            assertThat(service.createQuarters(new CreateQuarters(2028))).hasSize(4);
            assertThat(world.cycles.all()).hasSize(4);
        }

        @Test
        void givenMissingOrFarYear_createQuarters_reportsYear() {
            assertThat(keys(() -> service.createQuarters(new CreateQuarters(null))))
                    .containsExactly("waypoint.cycle.year.required");
            assertThat(keys(() -> service.createQuarters(new CreateQuarters(2127))))
                    .containsExactly("waypoint.cycle.year.outOfRange");
            assertThat(world.cycles.all()).isEmpty();
        }
    }
}
