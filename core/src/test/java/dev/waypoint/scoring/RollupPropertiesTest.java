package dev.waypoint.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waypoint.shared.Weight;
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

class RollupPropertiesTest {

    @Property
    void givenAnyParts_multiplyingEveryWeightByK_changesNothing(
            @ForAll("parts") @Size(min = 1, max = 12) List<Contribution> parts,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double k) {
        List<Contribution> scaled = parts.stream()
                .map(p -> new Contribution(new Weight(p.weight().value() * k), p.progress())).toList();

        Progress original = Rollup.weightedMean(parts);
        Progress rescaled = Rollup.weightedMean(scaled);

        assertThat(rescaled.isKnown()).isEqualTo(original.isKnown());
        if (original.isKnown()) {
            assertThat(rescaled.unclamped()).isCloseTo(original.unclamped(), within(1e-9));
            assertThat(rescaled.clamped()).isCloseTo(original.clamped(), within(1e-9));
        }
    }

    @Provide
    Arbitrary<List<Contribution>> parts() {
        Arbitrary<Weight> weights = Arbitraries.doubles().between(1e-3, 1e6).ofScale(6).map(Weight::new);
        Arbitrary<Progress> progress = Arbitraries.oneOf(
                Arbitraries.doubles().between(-2, 3).ofScale(6).map(Progress::of),
                Arbitraries.just(Progress.unknown(ProgressWarning.NO_ISSUES)));
        return Combinators.combine(weights, progress).as(Contribution::new).list();
    }
}
