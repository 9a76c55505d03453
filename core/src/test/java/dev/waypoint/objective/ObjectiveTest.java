package dev.waypoint.objective;

import static dev.waypoint.testdata.OkrTestData.SUPPORT;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.waypoint.cycle.CycleId;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

    private static final CycleId CYCLE = new CycleId(1);

    @Test
    void givenLevelAndProjectThatDoNotFit_constructor_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> anObjective(CYCLE).level(ObjectiveLevel.TEAM, null).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> anObjective(CYCLE).level(ObjectiveLevel.COMPANY, SUPPORT).build());
    }

    @Test
    void givenItselfAsParent_constructor_isRefused() {
        ObjectiveId id = new ObjectiveId(5);

        assertThatIllegalArgumentException().isThrownBy(() -> anObjective(CYCLE).alignedTo(id).build().withId(id));
    }

    @Test
    void givenGradeOutsideZeroToOne_finalGrade_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FinalGrade(1.01, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new FinalGrade(Double.NaN, null));
    }
}
