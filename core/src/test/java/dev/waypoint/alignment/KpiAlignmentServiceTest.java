package dev.waypoint.alignment;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.objective.Objective;
import org.junit.jupiter.api.Test;

class KpiAlignmentServiceTest {

    private final KpiWorld world = new KpiWorld();
    private final KpiAlignmentService service = world.alignmentService();

    @Test
    void givenObjectivesAlignedToAKpi_listingThem_answersTheirIdsInOrder() {
        Objective first = world.objectives.insert(anObjective(new CycleId(1)).build());
        Objective second = world.objectives.insert(anObjective(new CycleId(1)).build());
        Objective other = world.objectives.insert(anObjective(new CycleId(1)).build());
        Kpi kpi = world.store(aKpi());
        Kpi another = world.store(aKpi());
        world.alignments.link(second.id(), kpi.id());
        world.alignments.link(first.id(), kpi.id());
        world.alignments.link(other.id(), another.id());

        assertThat(service.objectivesAlignedTo(kpi.id())).containsExactly(first.id(), second.id());
    }

    @Test
    void givenKpiWithoutAlignments_listingThem_answersNone() {
        Kpi kpi = world.store(aKpi());

        assertThat(service.objectivesAlignedTo(kpi.id())).isEmpty();
    }
}
