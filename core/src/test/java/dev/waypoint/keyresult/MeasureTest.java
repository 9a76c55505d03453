package dev.waypoint.keyresult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.Weight;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants the measure and key-result records guard (services report the same rules as field errors). */
class MeasureTest {

    @Test
    void givenBaselineEqualToTargetOrNonFiniteNumbers_metric_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure.Metric(5, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure.Metric(Double.NaN, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure.Metric(0, 2e15));
    }

    @Test
    void givenTargetsOnEitherSide_metric_knowsItsDirection() {
        assertThat(new Measure.Metric(4, 8).isIncrease()).isTrue();
        assertThat(new Measure.Metric(8, 4).isIncrease()).isFalse();
    }

    @Test
    void givenBadBounds_threshold_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure.Threshold(null, null, 0, Judgement.LATEST));
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure.Threshold(2.0, 1.0, 0, Judgement.LATEST));
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure.Threshold(1.0, null, -1, Judgement.LATEST));
    }

    @Test
    void givenTooManyMilestones_milestone_isRefused() {
        List<MilestoneItem> items = Collections.nCopies(51, new MilestoneItem("M", Weight.ONE));

        assertThatIllegalArgumentException().isThrownBy(() -> new Measure.Milestone(items));
        assertThat(new Measure.Milestone(null).stateCount()).isEqualTo(1);
    }

    @Test
    void givenFrozenTotalThatDoesNotFitTheScope_issues_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, 5.0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Measure.Issues(IssuesMode.COUNT, IssuesScope.FROZEN, 0.0));
    }

    @Test
    void givenKpiSourceForMilestone_keyResult_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyResult(null, new ObjectiveId(1), "Launch", null,
                Weight.ONE, null, new Measure.Milestone(List.of()), new ValueSource.Kpi(new KpiId(1)), 0));
    }

    @Test
    void givenBlankOrTooLongJql_jqlSource_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ValueSource.Jql(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> new ValueSource.Jql("x".repeat(4_001)));
    }
}
