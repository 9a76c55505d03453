package dev.waypoint.progress;

import static dev.waypoint.testdata.OkrTestData.NOW;
import static dev.waypoint.testdata.OkrTestData.SUPPORT;
import static dev.waypoint.testdata.OkrTestData.TODAY;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResultId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleSnapshotTest {

    private static final KeyResultId KR = new KeyResultId(1);

    @Test
    void givenCheckInsInAnyOrder_of_ordersThemByEffectiveDateThenCreatedAtThenId() {
        CheckIn latest = aCheckIn(KR).value(3).build().withId(new CheckInId(2));
        CheckIn sameMomentLowerId = aCheckIn(KR).value(2).build().withId(new CheckInId(1));
        CheckIn recordedLastButBackDated = aCheckIn(KR).value(1).createdAt(NOW.plusSeconds(600))
                .effective(TODAY.minusDays(1)).build().withId(new CheckInId(3));

        CycleSnapshot snapshot = CycleSnapshot.of(new CycleId(1), SUPPORT, List.of(), List.of(),
                List.of(latest, recordedLastButBackDated, sameMomentLowerId), Map.of());

        assertThat(snapshot.checkInsOf(KR)).containsExactly(recordedLastButBackDated, sameMomentLowerId, latest);
        assertThat(snapshot.latestCheckIn(KR)).contains(latest);
    }

    @Test
    void givenConfidenceOnlyOnAnOlderCheckIn_latestConfidence_isThatOne() {
        CycleSnapshot snapshot = CycleSnapshot.of(new CycleId(1), SUPPORT, List.of(), List.of(), List.of(
                aCheckIn(KR).confidence(3).effective(TODAY.minusDays(2)).build(),
                aCheckIn(KR).value(6).build()), Map.of());

        assertThat(snapshot.latestConfidence(KR)).isEqualTo(3);
        assertThat(snapshot.latestConfidence(new KeyResultId(2))).isNull();
        assertThat(snapshot.initiativeCount(KR)).isZero();
    }
}
