package dev.waypoint.checkin;

import static dev.waypoint.testdata.OkrTestData.ALICE;
import static dev.waypoint.testdata.OkrTestData.NOW;
import static dev.waypoint.testdata.OkrTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.waypoint.keyresult.KeyResultId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private static final KeyResultId KR = new KeyResultId(1);

    @Test
    void givenAuthorNotMatchingTheOrigin_constructor_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckIn(null, KR, null, 5, null, null,
                CheckInOrigin.MANUAL, NOW, TODAY));
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckIn(null, KR, null, 5, null, ALICE,
                CheckInOrigin.REFRESH, NOW, TODAY));
    }

    @Test
    void givenConfidenceOutsideZeroToTen_constructor_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckIn(null, KR, null, 11, null, ALICE,
                CheckInOrigin.MANUAL, NOW, TODAY));
    }

    @Test
    void givenRefreshedValue_refreshed_buildsAuthorlessRefreshCheckIn() {
        CheckIn refreshed = CheckIn.refreshed(KR, 3.5, NOW, TODAY);

        assertThat(refreshed.origin()).isEqualTo(CheckInOrigin.REFRESH);
        assertThat(refreshed.author()).isNull();
        assertThat(refreshed.numericValue()).isEqualTo(3.5);
        assertThat(CheckIn.refreshed(KR, null, NOW, TODAY).value()).isNull();
    }

    @Test
    void givenNoStatesOrNonFiniteNumber_values_areRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckInValue.MilestoneStates(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckInValue.of(Double.POSITIVE_INFINITY));
    }
}
