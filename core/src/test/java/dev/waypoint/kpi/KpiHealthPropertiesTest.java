package dev.waypoint.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link KpiHealth}: monotonic in the value in the KPI's direction, and the two directions mirror. */
class KpiHealthPropertiesTest {

    /** Worse health has a lower rank. */
    private static int rank(Health health) {
        return switch (health) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
            case UNKNOWN -> throw new IllegalStateException("a value always has a health");
        };
    }

    @Provide
    Arbitrary<HealthBands> bands() {
        Arbitrary<Double> target = Arbitraries.doubles().between(-1e6, 1e6).ofScale(3);
        Arbitrary<Double> gap = Arbitraries.doubles().between(0.001, 1e5).ofScale(3);
        return Combinators.combine(Arbitraries.of(KpiDirection.class), target, gap, Arbitraries.of(true, false))
                .as((direction, t, g, withWarning) -> new HealthBands(direction, t,
                        withWarning ? (direction == KpiDirection.HIGHER_IS_BETTER ? t - g : t + g) : null));
    }

    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.doubles().between(-2e6, 2e6).ofScale(3);
    }

    @Property
    void healthIsMonotonicInTheValueInTheKpisDirection(@ForAll("bands") HealthBands bands,
            @ForAll("values") double a, @ForAll("values") double b) {
        double worse = bands.direction() == KpiDirection.HIGHER_IS_BETTER ? Math.min(a, b) : Math.max(a, b);
        double better = bands.direction() == KpiDirection.HIGHER_IS_BETTER ? Math.max(a, b) : Math.min(a, b);

        assertThat(rank(KpiHealth.of(bands, better))).isGreaterThanOrEqualTo(rank(KpiHealth.of(bands, worse)));
    }

    @Property
    void lowerIsBetterMirrorsHigherIsBetter(@ForAll("bands") HealthBands bands, @ForAll("values") double value) {
        KpiDirection mirrored = bands.direction() == KpiDirection.HIGHER_IS_BETTER
                ? KpiDirection.LOWER_IS_BETTER : KpiDirection.HIGHER_IS_BETTER;
        HealthBands mirror = new HealthBands(mirrored, -bands.target(),
                bands.warning() == null ? null : -bands.warning());

        assertThat(KpiHealth.of(mirror, -value)).isEqualTo(KpiHealth.of(bands, value));
    }

    @Property
    void withoutWarningBoundHealthIsNeverAmber(@ForAll KpiDirection direction,
            @ForAll("values") double target, @ForAll("values") double value) {
        assertThat(KpiHealth.of(new HealthBands(direction, target, null), value))
                .isIn(Health.GREEN, Health.RED);
    }

    @Property
    void theTargetItselfIsAlwaysGreen(@ForAll("bands") HealthBands bands) {
        assertThat(KpiHealth.of(bands, bands.target())).isEqualTo(Health.GREEN);
    }
}
