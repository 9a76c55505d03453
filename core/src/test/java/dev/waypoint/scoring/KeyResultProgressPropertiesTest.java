package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.Measure;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the progress formulas that must hold for every input (DESIGN §3 "property-tested"). */
class KeyResultProgressPropertiesTest {

    @Property
    void givenIncreasingTarget_higherValue_neverGivesLessProgress(
            @ForAll @DoubleRange(min = -1e9, max = 1e9) @Scale(6) double baseline,
            @ForAll @DoubleRange(min = 1e-3, max = 1e9) @Scale(6) double span,
            @ForAll @DoubleRange(min = -1e10, max = 1e10) @Scale(6) double lower,
            @ForAll @DoubleRange(min = -1e10, max = 1e10) @Scale(6) double higher) {
        Assume.that(lower <= higher);
        Measure.Metric increase = new Measure.Metric(baseline, baseline + span);

        Progress atLower = KeyResultProgress.metric(increase, lower);
        Progress atHigher = KeyResultProgress.metric(increase, higher);

        assertThat(atLower.unclamped()).isLessThanOrEqualTo(atHigher.unclamped());
        assertThat(atLower.clamped()).isLessThanOrEqualTo(atHigher.clamped());
    }

    @Property
    void givenDecreasingTarget_higherValue_neverGivesMoreProgress(
            @ForAll @DoubleRange(min = -1e9, max = 1e9) @Scale(6) double baseline,
            @ForAll @DoubleRange(min = 1e-3, max = 1e9) @Scale(6) double span,
            @ForAll @DoubleRange(min = -1e10, max = 1e10) @Scale(6) double lower,
            @ForAll @DoubleRange(min = -1e10, max = 1e10) @Scale(6) double higher) {
        Assume.that(lower <= higher);
        Measure.Metric decrease = new Measure.Metric(baseline, baseline - span);

        Progress atLower = KeyResultProgress.metric(decrease, lower);
        Progress atHigher = KeyResultProgress.metric(decrease, higher);

        assertThat(atLower.unclamped()).isGreaterThanOrEqualTo(atHigher.unclamped());
        assertThat(atLower.clamped()).isGreaterThanOrEqualTo(atHigher.clamped());
    }

    @Property
    void givenIncrease_mirroredDecrease_hasExactlyTheSameProgress(
            @ForAll @DoubleRange(min = -1e9, max = 1e9) @Scale(6) double baseline,
            @ForAll @DoubleRange(min = 1e-3, max = 1e9) @Scale(6) double span,
            @ForAll @DoubleRange(min = -1e10, max = 1e10) @Scale(6) double value) {
        Progress increase = KeyResultProgress.metric(new Measure.Metric(baseline, baseline + span), value);

        // mirrored at 0: an increase from b to t is the decrease from -b to -t
        Progress decrease = KeyResultProgress.metric(new Measure.Metric(-baseline, -(baseline + span)), -value);

        assertThat(decrease).isEqualTo(increase);
    }

    @Property
    void givenIncrease_decreaseMirroredAtTheBaseline_hasTheSameProgress(
            @ForAll @DoubleRange(min = -1e4, max = 1e4) @Scale(6) double baseline,
            @ForAll @DoubleRange(min = 1e-2, max = 1e4) @Scale(6) double span,
            @ForAll @DoubleRange(min = -1e5, max = 1e5) @Scale(6) double value) {
        Progress increase = KeyResultProgress.metric(new Measure.Metric(baseline, baseline + span), value);

        // seed 003's "get it down from 8 hours to 4" is the increase from 8 to 12 read backwards
        Progress decrease = KeyResultProgress.metric(new Measure.Metric(baseline, baseline - span),
                2 * baseline - value);

        assertThat(decrease.unclamped()).isCloseTo(increase.unclamped(), within(1e-6));
        assertThat(decrease.clamped()).isCloseTo(increase.clamped(), within(1e-6));
    }

    @Property
    void givenKeepAtLeast_mirroredKeepAtMost_hasTheSameScore(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(6) double bound,
            @ForAll @DoubleRange(min = 0, max = 1e6) @Scale(6) double tolerance,
            @ForAll @DoubleRange(min = -1e7, max = 1e7) @Scale(6) double value) {
        Progress atLeast = KeyResultProgress.threshold(new Measure.Threshold(bound, null, tolerance, Judgement.LATEST),
                value);

        Progress atMost = KeyResultProgress.threshold(new Measure.Threshold(null, -bound, tolerance, Judgement.LATEST),
                -value);

        assertThat(atMost).isEqualTo(atLeast);
    }

    @Property
    void givenValueOnTheWrongSideOfTheBaseline_movingFurther_neverAddsProgress(
            @ForAll @DoubleRange(min = -1e9, max = 1e9) @Scale(6) double baseline,
            @ForAll @DoubleRange(min = -1e9, max = 1e9) @Scale(6) double target,
            @ForAll @DoubleRange(min = 0, max = 1e9) @Scale(6) double wrongWay,
            @ForAll @DoubleRange(min = 0, max = 1e9) @Scale(6) double further) {
        Assume.that(baseline != target);
        Measure.Metric metric = new Measure.Metric(baseline, target);
        double away = -Math.signum(target - baseline);

        Progress wrong = KeyResultProgress.metric(metric, baseline + away * wrongWay);
        Progress worse = KeyResultProgress.metric(metric, baseline + away * (wrongWay + further));

        assertThat(wrong.unclamped()).isLessThanOrEqualTo(0);
        assertThat(wrong.clamped()).isZero();
        assertThat(worse.unclamped()).isLessThanOrEqualTo(wrong.unclamped());
    }

    @Property
    void givenValueOutsideThresholdBand_movingFurtherAway_neverAddsProgress(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(6) double min,
            @ForAll @DoubleRange(min = 0, max = 1e6) @Scale(6) double width,
            @ForAll @DoubleRange(min = 0, max = 1e6) @Scale(6) double tolerance,
            @ForAll @DoubleRange(min = 0, max = 1e6) @Scale(6) double outside,
            @ForAll @DoubleRange(min = 0, max = 1e6) @Scale(6) double further) {
        Measure.Threshold band = new Measure.Threshold(min, min + width, tolerance, Judgement.LATEST);

        assertThat(KeyResultProgress.threshold(band, min - outside - further).clamped())
                .isLessThanOrEqualTo(KeyResultProgress.threshold(band, min - outside).clamped());
        assertThat(KeyResultProgress.threshold(band, min + width + outside + further).clamped())
                .isLessThanOrEqualTo(KeyResultProgress.threshold(band, min + width + outside).clamped());
    }

    @Property
    void givenThresholdWithTolerance_scoreNearTheBandEdges_isContinuous(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(6) double min,
            @ForAll @DoubleRange(min = 0, max = 1e4) @Scale(6) double width,
            @ForAll @DoubleRange(min = 1e-3, max = 1e4) @Scale(6) double tolerance,
            @ForAll @DoubleRange(min = -2, max = 2) @Scale(6) double first,
            @ForAll @DoubleRange(min = -2, max = 2) @Scale(6) double second,
            @ForAll boolean atMax) {
        Measure.Threshold band = new Measure.Threshold(min, min + width, tolerance, Judgement.LATEST);
        double edge = atMax ? min + width : min;
        double x = edge + first * tolerance;
        double y = edge + second * tolerance;

        double scoreGap = Math.abs(KeyResultProgress.threshold(band, x).clamped()
                - KeyResultProgress.threshold(band, y).clamped());

        // Lipschitz with constant 1/tolerance: no jump at the band's edges
        assertThat(scoreGap).isLessThanOrEqualTo(Math.abs(x - y) / tolerance + 1e-9);
    }
}
