package dev.waypoint.checkin;

import static dev.waypoint.testdata.OkrTestData.BOB;
import static dev.waypoint.testdata.OkrTestData.NOW;
import static dev.waypoint.testdata.OkrTestData.TODAY;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.Limits;
import dev.waypoint.testdata.ManyIds;
import dev.waypoint.testdata.OkrRepositories;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link CheckInRepository}. A subclass supplies fresh, empty repositories sharing one store in
 * {@link #createRepositories()}.
 */
public abstract class CheckInRepositoryContract {

    private OkrRepositories repositories;
    private CheckInRepository checkIns;
    private Objective objective;
    private KeyResult keyResult;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract OkrRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        repositories = createRepositories();
        checkIns = repositories.checkIns();
        Cycle cycle = repositories.cycles().insert(aCycle().build());
        objective = repositories.objectives().insert(anObjective(cycle.id()).build());
        keyResult = repositories.keyResults().insert(aKeyResult(objective.id()).build());
    }

    @Test
    void givenCheckInWithEveryField_insertAndFindById_returnsEqualCheckIn() {
        CheckIn full = aCheckIn(keyResult.id()).value(-1234.5678).confidence(0).by(BOB)
                .comment("ç".repeat(Limits.COMMENT - 1) + "\n").effective(TODAY.minusDays(3)).build();

        CheckIn stored = checkIns.insert(full);

        assertThat(stored.id()).isNotNull();
        assertThat(checkIns.findById(stored.id())).contains(full.withId(stored.id()));
    }

    @Test
    void givenMilestoneStates_insertAndFindById_keepsEveryStateInOrder() {
        CheckIn milestones = aCheckIn(keyResult.id()).milestones(true, false, false, true).confidence(10).build();

        CheckIn stored = checkIns.insert(milestones);

        assertThat(checkIns.findById(stored.id())).contains(milestones.withId(stored.id()));
    }

    @Test
    void givenCheckInWithoutValueOrAuthor_insertAndFindById_keepsThemEmpty() {
        CheckIn commentOnly = aCheckIn(keyResult.id()).noValue().comment("Blocked by the vendor").build();
        CheckIn refreshedUnknown = aCheckIn(keyResult.id()).noValue().refreshed().build();

        CheckIn first = checkIns.insert(commentOnly);
        CheckIn second = checkIns.insert(refreshedUnknown);

        assertThat(checkIns.findById(first.id())).contains(commentOnly.withId(first.id()));
        assertThat(checkIns.findById(second.id())).contains(refreshedUnknown.withId(second.id()));
    }

    @Test
    void givenCheckInWithId_insert_isRefused() {
        CheckIn withId = aCheckIn(keyResult.id()).build().withId(new CheckInId(7));

        assertThatThrownBy(() -> checkIns.insert(withId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenCheckInsOfSeveralKeyResults_findByKeyResultIds_ordersByKeyResultThenEffectiveDateThenCreatedAt() {
        KeyResult other = repositories.keyResults().insert(aKeyResult(objective.id()).build());
        CheckIn otherLatest = checkIns.insert(aCheckIn(other.id()).value(1).build());
        CheckIn latest = checkIns.insert(aCheckIn(keyResult.id()).value(3).createdAt(NOW.minusSeconds(60)).build());
        CheckIn backDated = checkIns.insert(aCheckIn(keyResult.id()).value(2).effective(TODAY.minusDays(10)).build());
        CheckIn sameDayEarlier = checkIns.insert(aCheckIn(keyResult.id()).value(4).createdAt(NOW.minusSeconds(3600))
                .build());

        assertThat(checkIns.findByKeyResultIds(List.of(other.id(), keyResult.id())))
                .containsExactly(backDated, sameDayEarlier, latest, otherLatest);
        assertThat(checkIns.findByKeyResultIds(List.of())).isEmpty();
    }

    @Test
    void givenMoreThan1000KeyResultIds_findByKeyResultIds_findsEveryCheckInOnce() {
        KeyResult other = repositories.keyResults().insert(aKeyResult(objective.id()).build());
        CheckIn a = checkIns.insert(aCheckIn(keyResult.id()).build());
        CheckIn b = checkIns.insert(aCheckIn(other.id()).build());

        List<CheckIn> found = checkIns.findByKeyResultIds(ManyIds.around(
                List.of(keyResult.id().value(), other.id().value()), KeyResultId::new));

        assertThat(found).containsExactly(a, b);
    }

    @Test
    void givenRefreshedValueForADay_recordRefreshed_replacesOnlyThatDaysRefreshedValue() {
        CheckIn manual = checkIns.insert(aCheckIn(keyResult.id()).value(1).build());
        CheckIn yesterday = checkIns.insert(aCheckIn(keyResult.id()).value(2).refreshed()
                .effective(TODAY.minusDays(1)).build());
        checkIns.insert(aCheckIn(keyResult.id()).value(3).refreshed().createdAt(NOW.minusSeconds(3600)).build());
        KeyResult other = repositories.keyResults().insert(aKeyResult(objective.id()).build());
        CheckIn otherToday = checkIns.insert(aCheckIn(other.id()).value(9).refreshed().build());

        CheckIn newest = checkIns.recordRefreshed(CheckIn.refreshed(keyResult.id(), 4.0, NOW, TODAY));

        assertThat(checkIns.findByKeyResultIds(List.of(keyResult.id(), other.id())))
                .containsExactlyInAnyOrder(manual, yesterday, newest, otherToday);
        assertThat(newest.numericValue()).isEqualTo(4.0);
    }

    @Test
    void givenStoredCheckIns_delete_removesOnlyThatOne() {
        CheckIn doomed = checkIns.insert(aCheckIn(keyResult.id()).build());
        CheckIn kept = checkIns.insert(aCheckIn(keyResult.id()).build());

        checkIns.delete(doomed.id());
        checkIns.delete(new CheckInId(424_242));

        assertThat(checkIns.findByKeyResultIds(List.of(keyResult.id()))).containsExactly(kept);
    }

    @Test
    void givenCheckInsOfSeveralKeyResults_deleteByKeyResultIds_removesOnlyTheirs() {
        KeyResult other = repositories.keyResults().insert(aKeyResult(objective.id()).build());
        checkIns.insert(aCheckIn(keyResult.id()).build());
        checkIns.insert(aCheckIn(keyResult.id()).build());
        CheckIn kept = checkIns.insert(aCheckIn(other.id()).build());

        checkIns.deleteByKeyResultIds(List.of(keyResult.id()));
        checkIns.deleteByKeyResultIds(List.of());

        assertThat(checkIns.findByKeyResultIds(List.of(keyResult.id(), other.id()))).containsExactly(kept);
    }
}
