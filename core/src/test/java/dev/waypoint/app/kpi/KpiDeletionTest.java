package dev.waypoint.app.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.composite;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiDeletionTest {

    private final KpiWorld world = new KpiWorld();

    @Test
    void givenKpiWithValuesAlignmentsAndTargetChanges_delete_removesAllOfThemInOneTransaction() {
        Kpi doomed = world.store(aKpi());
        Kpi kept = world.store(aKpi());
        world.store(KpiValue.of(doomed.id(), NOW, 1));
        KpiValue keptValue = world.store(KpiValue.of(kept.id(), NOW, 2));
        Objective objective = world.objectives.insert(anObjective(new CycleId(1)).build());
        world.alignments.link(objective.id(), doomed.id());
        world.alignments.link(objective.id(), kept.id());
        world.targetChanges.append(new KpiTargetChange(doomed.id(), NOW, 1, 2, KpiDirection.HIGHER_IS_BETTER, ALICE));

        world.deletion().delete(doomed.id());

        assertThat(world.kpis.findAll()).containsExactly(kept);
        assertThat(world.values.all()).containsExactly(keptValue);
        assertThat(world.alignments.findByObjectiveIds(List.of(objective.id())))
                .containsExactly(new KpiAlignment(objective.id(), kept.id()));
        assertThat(world.targetChanges.all()).isEmpty();
        assertThat(world.transactions.count()).isEqualTo(1);
    }

    @Test
    void givenParentOfOtherKpis_delete_isRefusedWithConflict() {
        Kpi parent = world.store(aKpi().named("Support"));
        world.store(aKpi().parent(parent.id()));

        assertThatThrownBy(() -> world.deletion().delete(parent.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("KPI \"Support\" is the parent of 1 KPIs; move or delete them first");
        assertThat(world.kpis.findById(parent.id())).isPresent();
    }

    @Test
    void givenChildOfAComposite_delete_isRefusedWithConflict() {
        Kpi child = world.store(aKpi().named("Backlog"));
        world.store(aKpi().named("Health index").source(composite(CompositeAggregation.SUM, child.id())));

        assertThatThrownBy(() -> world.deletion().delete(child.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("child of composite KPI \"Health index\"");
        assertThat(world.transactions.count()).isZero();
    }

    @Test
    void givenUnknownKpi_delete_throwsNotFound() {
        assertThatThrownBy(() -> world.deletion().delete(new KpiId(99))).isInstanceOf(NotFoundException.class);
    }
}
