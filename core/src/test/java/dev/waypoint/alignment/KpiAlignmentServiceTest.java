package dev.waypoint.alignment;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class KpiAlignmentServiceTest {

    private final KpiWorld world = new KpiWorld();
    private final KpiAlignmentService service = world.alignmentService();

    @Test
    void givenObjectiveAndKpi_linkTwiceThenUnlink_alignsOnceThenNotAtAll() {
        Objective objective = world.objectives.insert(anObjective(new CycleId(1)).build());
        Kpi kpi = world.store(aKpi());

        service.link(objective.id(), kpi.id());
        service.link(objective.id(), kpi.id());

        assertThat(service.objectivesAlignedTo(kpi.id())).containsExactly(objective.id());
        assertThat(world.objectives.findById(objective.id()).orElseThrow().alignedKpis()).containsExactly(kpi.id());
        service.unlink(objective.id(), kpi.id());
        assertThat(service.objectivesAlignedTo(kpi.id())).isEmpty();
    }

    @Test
    void givenUnknownObjectiveOrKpi_link_throwsNotFoundAndLinksNothing() {
        Objective objective = world.objectives.insert(anObjective(new CycleId(1)).build());
        Kpi kpi = world.store(aKpi());

        assertThatThrownBy(() -> service.link(new ObjectiveId(99), kpi.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.link(objective.id(), new KpiId(99))).isInstanceOf(NotFoundException.class);
        assertThat(world.objectives.findById(objective.id()).orElseThrow().alignedKpis()).isEmpty();
    }
}
