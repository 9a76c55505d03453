package dev.waypoint.alignment;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link KpiAlignmentRepository}, including that it is the same relation as
 * {@code Objective.alignedKpis()} (one source of truth). A subclass supplies fresh, empty repositories sharing one
 * store in {@link #createRepositories()}.
 */
public abstract class KpiAlignmentRepositoryContract {

    private KpiAlignmentRepository alignments;
    private ObjectiveRepository objectives;
    private ObjectiveId first;
    private ObjectiveId second;
    private KpiId kpiA;
    private KpiId kpiB;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract KpiRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        KpiRepositories repositories = createRepositories();
        alignments = repositories.alignments();
        objectives = repositories.okr().objectives();
        Cycle cycle = repositories.okr().cycles().insert(aCycle().build());
        first = objectives.insert(anObjective(cycle.id()).titled("First").build()).id();
        second = objectives.insert(anObjective(cycle.id()).titled("Second").build()).id();
        kpiA = repositories.kpis().insert(aKpi().named("A").build()).id();
        kpiB = repositories.kpis().insert(aKpi().named("B").build()).id();
    }

    @Test
    void givenLinks_findByObjectiveIdsAndByKpiIds_findThemOrderedByObjectiveThenKpi() {
        alignments.link(second, kpiA);
        alignments.link(first, kpiB);
        alignments.link(first, kpiA);

        assertThat(alignments.findByKpiIds(List.of(kpiA))).containsExactly(
                new KpiAlignment(first, kpiA), new KpiAlignment(second, kpiA));
        assertThat(alignments.findByObjectiveIds(List.of(first))).containsExactly(
                new KpiAlignment(first, kpiA), new KpiAlignment(first, kpiB));
        assertThat(alignments.findByKpiIds(List.of(kpiA, kpiB))).hasSize(3);
        assertThat(alignments.findByKpiIds(List.of())).isEmpty();
        assertThat(alignments.findByObjectiveIds(List.of())).isEmpty();
    }

    @Test
    void givenExistingLink_linkAgain_keepsOneAlignment() {
        alignments.link(first, kpiA);

        alignments.link(first, kpiA);

        assertThat(alignments.findByKpiIds(List.of(kpiA))).containsExactly(new KpiAlignment(first, kpiA));
    }

    @Test
    void givenLinks_unlink_removesOnlyThatAlignmentAndIgnoresMissingOnes() {
        alignments.link(first, kpiA);
        alignments.link(first, kpiB);

        alignments.unlink(first, kpiA);
        alignments.unlink(second, kpiA);

        assertThat(alignments.findByObjectiveIds(List.of(first, second)))
                .containsExactly(new KpiAlignment(first, kpiB));
    }

    @Test
    void givenLinksOfTwoKpis_deleteByKpiId_removesEveryAlignmentOfThatKpiOnly() {
        alignments.link(first, kpiA);
        alignments.link(second, kpiA);
        alignments.link(second, kpiB);

        alignments.deleteByKpiId(kpiA);

        assertThat(alignments.findByObjectiveIds(List.of(first, second)))
                .containsExactly(new KpiAlignment(second, kpiB));
    }

    @Test
    void givenLink_objectiveAlignedKpis_showsTheSameRelation() {
        Objective before = objectives.findById(first).orElseThrow();

        alignments.link(first, kpiA);

        Objective after = objectives.findById(first).orElseThrow();
        assertThat(after.alignedKpis()).containsExactly(kpiA);
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void givenObjectiveAlignedWhenSaved_findByKpiIds_findsIt() {
        Objective aligned = objectives.insert(anObjective(objectives.findById(first).orElseThrow().cycleId())
                .alignedKpis(kpiB).build());

        assertThat(alignments.findByKpiIds(List.of(kpiB))).containsExactly(new KpiAlignment(aligned.id(), kpiB));
    }
}
