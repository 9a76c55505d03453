package dev.waypoint.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of {@link KpiTrend#label}. */
class KpiTrendPropertiesTest {

    @Property
    void lowerIsBetterMirrorsHigherIsBetter(@ForAll @DoubleRange(min = -1e6, max = 1e6) double reference,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double current) {
        TrendLabel higher = KpiTrend.label(KpiDirection.HIGHER_IS_BETTER, reference, current);
        TrendLabel lower = KpiTrend.label(KpiDirection.LOWER_IS_BETTER, reference, current);

        TrendLabel mirrored = switch (higher) {
            case IMPROVING -> TrendLabel.WORSENING;
            case WORSENING -> TrendLabel.IMPROVING;
            case STEADY -> TrendLabel.STEADY;
        };
        assertThat(lower).isEqualTo(mirrored);
    }

    @Property
    void aMoveInTheKpisDirectionIsNeverWorsening(@ForAll KpiDirection direction,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double reference,
            @ForAll @DoubleRange(min = 0, max = 1e6) double distance) {
        double current = direction == KpiDirection.HIGHER_IS_BETTER ? reference + distance : reference - distance;

        assertThat(KpiTrend.label(direction, reference, current)).isNotEqualTo(TrendLabel.WORSENING);
    }

    @Property
    void steadyExactlyWithinOnePercentOfTheReference(@ForAll KpiDirection direction,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double reference,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double current) {
        boolean steady = KpiTrend.label(direction, reference, current) == TrendLabel.STEADY;

        assertThat(steady).isEqualTo(Math.abs(current - reference) <= 0.01 * Math.abs(reference));
    }
}
