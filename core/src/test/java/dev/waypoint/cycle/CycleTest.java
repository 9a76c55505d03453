package dev.waypoint.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CycleTest {

    private final Cycle q1 = Cycle.create("Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), CycleState.ACTIVE);

    @Test
    void givenCyclesSharingOnlyOneDay_overlaps_isTrueBothWays() {
        Cycle touching = Cycle.create("T", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), CycleState.ACTIVE);
        Cycle after = Cycle.create("Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), CycleState.ACTIVE);

        assertThat(q1.overlaps(touching)).isTrue();
        assertThat(touching.overlaps(q1)).isTrue();
        assertThat(q1.overlaps(after)).isFalse();
        assertThat(after.overlaps(q1)).isFalse();
    }

    @Test
    void givenDates_contains_includesBothEnds() {
        assertThat(q1.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(q1.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(q1.lengthInDays()).isEqualTo(90);
    }

    @Test
    void givenEndBeforeStartOrBlankName_constructor_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cycle.create("X", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 31), CycleState.ACTIVE));
        assertThatIllegalArgumentException().isThrownBy(() -> Cycle.create(" ", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), CycleState.ACTIVE));
    }
}
