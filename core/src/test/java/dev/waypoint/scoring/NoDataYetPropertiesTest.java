package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.shared.Weight;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * Properties of "no data yet" (issue 13, item 3) and of a threshold judged on the cycle average (item 8): a key result
 * without a first value is unknown for every measure and counts nowhere, and the cycle average is the mean of the
 * values' own scores.
 */
class NoDataYetPropertiesTest {

    @Property
    void givenAnyMeasureWithoutValue_fromCheckIns_isUnknownNeverZero(@ForAll("measures") Measure measure) {
        Progress progress = KeyResultProgress.fromCheckIns(measure, List.of());

        assertThat(progress.isKnown()).isFalse();
        assertThat(progress.warning()).isEqualTo(ProgressWarning.NO_VALUE);
    }

    @Property
    void givenAnObjective_addingKeyResultsWithoutData_changesNeitherItsProgressNorItsPace(
            @ForAll("parts") @Size(min = 1, max = 10) List<Contribution> parts,
            @ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = 1e-3, max = 1e3) @Scale(3) Double> noDataWeights,
            @ForAll @DoubleRange(min = 0, max = 1) @Scale(4) double expected) {
        List<Contribution> withNoData = new ArrayList<>(parts);
        noDataWeights.forEach(w -> withNoData.add(new Contribution(new Weight(w),
                Progress.unknown(ProgressWarning.NO_VALUE))));
        Collections.shuffle(withNoData);

        Progress before = Rollup.weightedMean(parts);
        Progress after = Rollup.weightedMean(withNoData);

        assertThat(after.isKnown()).isEqualTo(before.isKnown());
        if (before.isKnown()) {
            assertThat(after.clamped()).isCloseTo(before.clamped(), within(1e-9));
            assertThat(Pace.status(after, expected, null, ScoringSettings.defaults()))
                    .isEqualTo(Pace.status(before, expected, null, ScoringSettings.defaults()));
        } else {
            assertThat(Pace.status(after, expected, null, ScoringSettings.defaults())).isEqualTo(PaceStatus.UNKNOWN);
        }
    }

    @Property
    void givenAnyValues_cycleAverage_isTheMeanOfTheValuesScoresWhateverTheirOrder(
            @ForAll @DoubleRange(min = -1e3, max = 1e3) @Scale(3) double min,
            @ForAll @DoubleRange(min = 0, max = 1e3) @Scale(3) double width,
            @ForAll @DoubleRange(min = 0, max = 1e2) @Scale(3) double tolerance,
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -2e3, max = 2e3) @Scale(3) Double> values) {
        Measure.Threshold band = new Measure.Threshold(min, min + width, tolerance, Judgement.AVERAGE);
        double meanOfScores = values.stream().mapToDouble(v -> KeyResultProgress.threshold(band, v).clamped())
                .average().orElseThrow();
        List<Double> reversed = new ArrayList<>(values);
        Collections.reverse(reversed);

        Progress average = KeyResultProgress.threshold(band, values);

        assertThat(average.clamped()).isCloseTo(meanOfScores, within(1e-9));
        assertThat(KeyResultProgress.threshold(band, reversed).clamped()).isCloseTo(meanOfScores, within(1e-9));
        double worst = KeyResultProgress.threshold(new Measure.Threshold(min, min + width, tolerance,
                Judgement.WORST), values).clamped();
        assertThat(average.clamped()).isGreaterThanOrEqualTo(worst - 1e-12);
    }

    @Property
    void givenValuesMissingOnBothSides_cycleAverage_neverLetsTheMissesCancelOut(
            @ForAll @DoubleRange(min = -1e3, max = 1e3) @Scale(3) double min,
            @ForAll @DoubleRange(min = 0, max = 1e3) @Scale(3) double width,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(3) double miss) {
        Measure.Threshold strict = new Measure.Threshold(min, min + width, 0, Judgement.AVERAGE);

        Progress progress = KeyResultProgress.threshold(strict, List.of(min - miss, min + width + miss));

        assertThat(progress.clamped()).isZero();
    }

    @Provide
    Arbitrary<Measure> measures() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Measure.Metric(0, 10)),
                Arbitraries.just(new Measure.Metric(10, 0)),
                Arbitraries.of(Judgement.values()).map(j -> new Measure.Threshold(1.0, 2.0, 0.5, j)),
                Arbitraries.just(new Measure.Milestone(List.of())),
                Arbitraries.of(IssuesMode.values()).map(m -> new Measure.Issues(m, IssuesScope.LIVE, null)));
    }

    @Provide
    Arbitrary<List<Contribution>> parts() {
        Arbitrary<Weight> weights = Arbitraries.doubles().between(1e-3, 1e3).ofScale(3).map(Weight::new);
        Arbitrary<Progress> progress = Arbitraries.doubles().between(-1, 2).ofScale(4).map(Progress::of);
        return Combinators.combine(weights, progress).as(Contribution::new).list();
    }
}
