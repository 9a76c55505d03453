package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.shared.UserKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the KPI records (programming errors; user input is checked by {@link KpiValidator}). */
class KpiModelTest {

    private static final KpiId ID = new KpiId(1);

    @Test
    void givenWarningOnTheWrongSide_kpi_isRefused() {
        assertThatThrownBy(() -> aKpi().bands(KpiDirection.LOWER_IS_BETTER, 20, 10d).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenRefreshIntervalBelowFiveMinutes_kpi_isRefused() {
        assertThatThrownBy(() -> aKpi().refreshMinutes(4).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(aKpi().refreshMinutes(5).build().refreshMinutes()).isEqualTo(5);
    }

    @Test
    void givenItselfAsParent_kpi_isRefused() {
        assertThatThrownBy(() -> aKpi().parent(ID).build().withId(ID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenCompositeSource_compositeChildren_listsTheChildIds() {
        Kpi kpi = aKpi().source(new KpiSource.Composite(CompositeAggregation.SUM,
                List.of(CompositeChild.of(new KpiId(4)), new CompositeChild(new KpiId(2), 3)))).build();

        assertThat(kpi.compositeChildren()).containsExactly(new KpiId(4), new KpiId(2));
        assertThat(aKpi().build().compositeChildren()).isEmpty();
        assertThat(kpi.source().isRefreshed()).isTrue();
        assertThat(new KpiSource.Manual().isRefreshed()).isFalse();
    }

    @Test
    void givenBothOrNeitherValueAndError_kpiValue_isRefused() {
        KpiError error = KpiError.of(KpiErrorCode.NO_DATA, "");

        assertThatThrownBy(() -> new KpiValue(ID, NOW, 1d, List.of(), error))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KpiValue(ID, NOW, null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KpiValue.of(ID, NOW, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenLongDetail_kpiError_cutsItToTheLimit() {
        KpiError error = KpiError.of(KpiErrorCode.SEARCH_FAILED, "x".repeat(5_000));

        assertThat(error.detail()).hasSize(KpiError.MAX_DETAIL).endsWith("…");
        assertThat(KpiError.of(KpiErrorCode.INTERNAL, null).detail()).isEmpty();
    }

    @Test
    void givenUnassignedRow_agentRow_keepsItsHealthAndRefusesANegativeCount() {
        assertThat(AgentRow.unassigned(3, Health.RED)).isEqualTo(new AgentRow(null, 3, Health.RED));
        assertThat(AgentRow.unassigned(3).health()).isEqualTo(Health.UNKNOWN);
        assertThatThrownBy(() -> AgentRow.unassigned(-1, Health.RED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AgentRow.unassigned(3).isUnassigned()).isTrue();
        assertThat(new AgentRow(new UserKey("bob"), 3, Health.RED).isUnassigned()).isFalse();
    }

    @Test
    void givenTargetChanges_isMoreAmbitious_followsTheDirection() {
        UserKey alice = new UserKey("alice");
        assertThat(new KpiTargetChange(ID, NOW, 20, 15, KpiDirection.LOWER_IS_BETTER, alice).isMoreAmbitious())
                .isTrue();
        assertThat(new KpiTargetChange(ID, NOW, 20, 25, KpiDirection.LOWER_IS_BETTER, alice).isMoreAmbitious())
                .isFalse();
        assertThat(new KpiTargetChange(ID, NOW, 0.9, 0.95, KpiDirection.HIGHER_IS_BETTER, alice).isMoreAmbitious())
                .isTrue();
    }

    @Test
    void givenEachAggregation_compositeContributions_addUpToTheCompositesValueInTheChildrensOrder() {
        KpiId a = new KpiId(1);
        KpiId b = new KpiId(2);
        java.util.Map<KpiId, Double> values = java.util.Map.of(a, 0.6, b, 0.9);
        java.util.List<CompositeChild> children = java.util.List.of(new CompositeChild(a, 1), new CompositeChild(b, 2));

        assertThat(new KpiSource.Composite(CompositeAggregation.SUM, children).contributions(values))
                .contains(java.util.List.of(0.6, 0.9));
        assertThat(new KpiSource.Composite(CompositeAggregation.AVERAGE, children).contributions(values))
                .contains(java.util.List.of(0.3, 0.45));
        java.util.List<Double> weighted = new KpiSource.Composite(CompositeAggregation.WEIGHTED_AVERAGE, children)
                .contributions(values).orElseThrow();
        assertThat(weighted.get(0)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(weighted.get(1)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new KpiSource.Composite(CompositeAggregation.SUM, children).contributions(java.util.Map.of(a, 1d)))
                .isEmpty();
    }
}
