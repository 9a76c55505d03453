package dev.waypoint.checkin;

import static dev.waypoint.testdata.OkrTestData.ALICE;
import static dev.waypoint.testdata.OkrTestData.BOB;
import static dev.waypoint.testdata.OkrTestData.NOW;
import static dev.waypoint.testdata.OkrTestData.TODAY;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static dev.waypoint.testdata.OkrTestData.text;
import static dev.waypoint.testdata.Refusals.invalid;
import static dev.waypoint.testdata.Refusals.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.MilestoneItem;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Weight;
import dev.waypoint.testdata.OkrWorld;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInServiceTest {

    private final OkrWorld world = new OkrWorld();
    private final CheckInService service = world.checkInService();
    private final Cycle q1 = world.store(aCycle());
    private final Objective objective = world.store(anObjective(q1.id()));
    private final KeyResult metric = world.store(aKeyResult(objective.id()).metric(8, 4));

    @Test
    void givenValueForManualMetric_record_storesCheckInByTheAuthorEffectiveToday() {
        CheckIn recorded = service.record(new RecordCheckIn(metric.id(), 6.0, null, 7, "Better", null, BOB));

        assertThat(recorded).isEqualTo(new CheckIn(recorded.id(), metric.id(), CheckInValue.of(6), 7, "Better", BOB,
                CheckInOrigin.MANUAL, NOW, TODAY));
        assertThat(world.checkIns.all()).containsExactly(recorded);
    }

    @Test
    void givenBackDateInsideTheCycle_record_acceptsIt() {
        LocalDate firstDay = q1.start();

        assertThat(service.record(new RecordCheckIn(metric.id(), 7.0, null, null, null, firstDay, ALICE))
                .effectiveDate()).isEqualTo(firstDay);
    }

    @Test
    void givenDateBeforeTheCycleOrInTheFuture_record_reportsEffectiveDateAndStoresNothing() {
        assertThat(keys(() -> service.record(new RecordCheckIn(metric.id(), 7.0, null, null, null,
                q1.start().minusDays(1), ALICE)))).containsExactly("waypoint.checkin.effectiveDate.outsideCycle");
        InvalidInputException future = invalid(() -> service.record(new RecordCheckIn(metric.id(), 7.0, null, null,
                null, TODAY.plusDays(1), ALICE)));
        assertThat(future.errors()).extracting(e -> e.messageKey())
                .containsExactly("waypoint.checkin.effectiveDate.future");
        assertThat(future.errors().get(0).message())
                .isEqualTo("Effective date 16 Feb 2026 is in the future (today is 15 Feb 2026)");
        assertThat(world.checkIns.all()).isEmpty();
    }

    @Test
    void givenCycleThatHasEnded_recordWithoutDate_usesItsLastDay() {
        Cycle ended = world.store(aCycle().from(LocalDate.of(2025, 10, 1)).to(LocalDate.of(2025, 12, 31)));
        KeyResult late = world.store(aKeyResult(world.store(anObjective(ended.id())).id()));

        assertThat(service.record(new RecordCheckIn(late.id(), 3.0, null, null, null, null, ALICE)).effectiveDate())
                .isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void givenCycleNotStartedYet_recordWithoutDate_reportsEffectiveDate() {
        Cycle next = world.store(aCycle().from(LocalDate.of(2026, 4, 1)).to(LocalDate.of(2026, 6, 30)));
        KeyResult early = world.store(aKeyResult(world.store(anObjective(next.id())).id()));

        assertThat(keys(() -> service.record(new RecordCheckIn(early.id(), 3.0, null, null, null, null, ALICE))))
                .containsExactly("waypoint.checkin.effectiveDate.outsideCycle");
    }

    @Test
    void givenValueWhereValuesComeFromElsewhere_record_reportsValue() {
        KeyResult fromKpi = world.store(aKeyResult(objective.id()).source(new ValueSource.Kpi(new KpiId(1))));
        KeyResult issues = world.store(aKeyResult(objective.id())
                .measure(new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, null)));
        KeyResult milestone = world.store(aKeyResult(objective.id()).measure(new Measure.Milestone(List.of())));

        for (KeyResult keyResult : List.of(fromKpi, issues, milestone)) {
            assertThat(keys(() -> service.record(new RecordCheckIn(keyResult.id(), 1.0, null, null, null, null,
                    ALICE)))).containsExactly("waypoint.checkin.value.notAccepted");
        }
    }

    @Test
    void givenConfidenceOnlyForKpiSourcedKeyResult_record_acceptsIt() {
        KeyResult fromKpi = world.store(aKeyResult(objective.id()).source(new ValueSource.Kpi(new KpiId(1))));

        CheckIn recorded = service.record(new RecordCheckIn(fromKpi.id(), null, null, 2, null, null, ALICE));

        assertThat(recorded.value()).isNull();
        assertThat(recorded.confidence()).isEqualTo(2);
    }

    @Test
    void givenMilestoneStates_record_storesThemOnlyForMilestonesAndWithTheRightCount() {
        KeyResult checklist = world.store(aKeyResult(objective.id()).measure(new Measure.Milestone(List.of(
                new MilestoneItem("A", Weight.ONE), new MilestoneItem("B", Weight.ONE)))));

        CheckIn recorded = service.record(new RecordCheckIn(checklist.id(), null, List.of(true, false), null, null,
                null, ALICE));

        assertThat(recorded.value()).isEqualTo(CheckInValue.milestones(true, false));
        assertThat(keys(() -> service.record(new RecordCheckIn(checklist.id(), null, List.of(true), null, null, null,
                ALICE)))).containsExactly("waypoint.checkin.milestones.wrongCount");
        assertThat(keys(() -> service.record(new RecordCheckIn(checklist.id(), null, Arrays.asList(true, null), null,
                null, null, ALICE)))).containsExactly("waypoint.checkin.milestones.missingState");
        assertThat(keys(() -> service.record(new RecordCheckIn(metric.id(), null, List.of(true), null, null, null,
                ALICE)))).containsExactly("waypoint.checkin.milestones.notAccepted");
    }

    @Test
    void givenEveryFieldBad_record_reportsEveryFieldAndStoresNothing() {
        InvalidInputException e = invalid(() -> service.record(new RecordCheckIn(metric.id(), Double.NaN,
                List.of(true), 11, text(4_001), TODAY.plusDays(1), ALICE)));

        assertThat(e.errors()).extracting(f -> f.field() + " " + f.messageKey()).containsExactly(
                "value waypoint.checkin.value.invalid",
                "milestones waypoint.checkin.milestones.notAccepted",
                "confidence waypoint.checkin.confidence.outOfRange",
                "comment waypoint.checkin.comment.tooLong",
                "effectiveDate waypoint.checkin.effectiveDate.future");
        assertThat(world.checkIns.all()).isEmpty();
    }

    @Test
    void givenNegativeConfidenceOrControlCharacters_record_reportsThem() {
        assertThat(keys(() -> service.record(new RecordCheckIn(metric.id(), 5.0, null, -1, "ok\u0001", null,
                ALICE)))).containsExactly("waypoint.checkin.confidence.outOfRange",
                        "waypoint.checkin.comment.controlCharacters");
    }

    @Test
    void givenNothingToRecord_record_reportsEmptyCheckIn() {
        assertThat(keys(() -> service.record(new RecordCheckIn(metric.id(), null, null, null, "  ", null, ALICE))))
                .containsExactly("waypoint.checkin.empty");
    }

    @Test
    void givenClosedCycleOrUnknownKeyResult_record_isRefused() {
        Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));
        KeyResult old = world.store(aKeyResult(world.store(anObjective(closed.id())).id()));

        assertThatThrownBy(() -> service.record(new RecordCheckIn(old.id(), 1.0, null, null, null, null, ALICE)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.record(new RecordCheckIn(new KeyResultId(99), 1.0, null, null, null, null,
                ALICE))).isInstanceOf(NotFoundException.class);
        assertThat(world.checkIns.all()).isEmpty();
    }

    @Test
    void givenStoredCheckIn_delete_removesIt() {
        CheckIn doomed = world.store(aCheckIn(metric.id()));
        CheckIn kept = world.store(aCheckIn(metric.id()));

        service.delete(doomed.id());

        assertThat(world.checkIns.all()).containsExactly(kept);
        assertThatThrownBy(() -> service.delete(doomed.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenCheckInOfClosedCycle_delete_isRefusedWithConflict() {
        Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));
        KeyResult old = world.store(aKeyResult(world.store(anObjective(closed.id())).id()));
        CheckIn history = world.store(aCheckIn(old.id()));

        assertThatThrownBy(() -> service.delete(history.id())).isInstanceOf(ConflictException.class);
        assertThat(world.checkIns.all()).containsExactly(history);
    }
}
