package dev.waypoint.objective;

import static dev.waypoint.testdata.OkrTestData.BOB;
import static dev.waypoint.testdata.OkrTestData.OPERATIONS;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Weight;
import dev.waypoint.testdata.ManyIds;
import dev.waypoint.testdata.OkrRepositories;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link ObjectiveRepository}. A subclass supplies fresh, empty repositories sharing one store
 * in {@link #createRepositories()} (cycles are needed as the objectives' parents rows).
 */
public abstract class ObjectiveRepositoryContract {

    private OkrRepositories repositories;
    private ObjectiveRepository objectives;
    private Cycle cycle;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract OkrRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        repositories = createRepositories();
        objectives = repositories.objectives();
        cycle = repositories.cycles().insert(aCycle().build());
    }

    @Test
    void givenObjectiveWithEveryField_insertAndFindById_returnsEqualObjective() {
        Objective parent = objectives.insert(anObjective(cycle.id()).company().titled("Company").build());
        String prefix = "Résoudre plus vite — ✓ ";
        Objective full = anObjective(cycle.id())
                .titled(prefix + "t".repeat(Limits.TITLE - prefix.length()))
                .description("d".repeat(Limits.DESCRIPTION - 1) + "\n")
                .level(ObjectiveLevel.INDIVIDUAL, OPERATIONS)
                .kind(ObjectiveKind.INNOVATE)
                .commitment(Commitment.ASPIRATIONAL)
                .ownedBy(BOB)
                .alignedTo(parent.id())
                .contributesToParent(false)
                .weight(100_000.5)
                .alignedKpis(new KpiId(3), new KpiId(5))
                .inState(ObjectiveState.CLOSED)
                .graded(new FinalGrade(0.65, "n".repeat(Limits.COMMENT)))
                .build();

        Objective stored = objectives.insert(full);

        assertThat(stored.id()).isNotNull();
        assertThat(stored.version()).isZero();
        assertThat(objectives.findById(stored.id())).contains(stored);
        assertThat(stored).isEqualTo(full.withId(stored.id()));
    }

    @Test
    void givenObjectiveWithoutOptionalFields_insertAndFindById_keepsThemEmpty() {
        Objective bare = new Objective(null, cycle.id(), "Bare", null, ObjectiveLevel.COMPANY, null,
                Commitment.COMMITTED, null, null, null, true, Weight.ONE, Set.of(), ObjectiveState.DRAFT, null, 0);

        Objective stored = objectives.insert(bare);

        assertThat(objectives.findById(stored.id())).contains(bare.withId(stored.id()));
    }

    @Test
    void givenUnknownId_findById_isEmpty() {
        assertThat(objectives.findById(new ObjectiveId(424_242))).isEmpty();
    }

    @Test
    void givenObjectiveWithId_insert_isRefused() {
        Objective withId = anObjective(cycle.id()).build().withId(new ObjectiveId(7));

        assertThatThrownBy(() -> objectives.insert(withId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenStoredObjective_update_storesEveryChangeAndIncrementsVersion() {
        Cycle other = repositories.cycles().insert(aCycle().named("Q2").build());
        Objective stored = objectives.insert(anObjective(cycle.id()).alignedKpis(new KpiId(1)).build());
        Objective changed = new Objective(stored.id(), other.id(), "New title", "New description",
                ObjectiveLevel.INDIVIDUAL, ObjectiveKind.BUILD, Commitment.ASPIRATIONAL, BOB, OPERATIONS, null, false,
                new Weight(2.5), Set.of(new KpiId(9)), ObjectiveState.ABANDONED, new FinalGrade(0.3, null),
                stored.version());

        Objective updated = objectives.update(changed);

        assertThat(updated).isEqualTo(changed.withVersion(1));
        assertThat(objectives.findById(stored.id())).contains(updated);
    }

    @Test
    void givenStaleVersion_update_throwsConflictAndKeepsStoredObjective() {
        Objective stored = objectives.insert(anObjective(cycle.id()).build());
        Objective current = objectives.update(stored.closed(new FinalGrade(1, null)));

        assertThatThrownBy(() -> objectives.update(stored.closed(new FinalGrade(0, null))))
                .isInstanceOf(ConflictException.class);
        assertThat(objectives.findById(stored.id())).contains(current);
    }

    @Test
    void givenUnknownId_update_throwsNotFound() {
        Objective ghost = anObjective(cycle.id()).build().withId(new ObjectiveId(424_242));

        assertThatThrownBy(() -> objectives.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenStoredObjectives_delete_removesOnlyThatOne() {
        Objective doomed = objectives.insert(anObjective(cycle.id()).alignedKpis(new KpiId(4)).build());
        Objective kept = objectives.insert(anObjective(cycle.id()).alignedKpis(new KpiId(4)).build());

        objectives.delete(doomed.id());
        objectives.delete(new ObjectiveId(424_242));

        assertThat(objectives.findById(doomed.id())).isEmpty();
        assertThat(objectives.findById(kept.id())).contains(kept);
    }

    @Test
    void givenObjectivesInCycles_findByCycleIds_findsThoseOfTheCyclesOrderedById() {
        Cycle second = repositories.cycles().insert(aCycle().named("Q2").build());
        Cycle third = repositories.cycles().insert(aCycle().named("Q3").build());
        Objective a = objectives.insert(anObjective(cycle.id()).build());
        Objective b = objectives.insert(anObjective(third.id()).build());
        objectives.insert(anObjective(second.id()).build());
        Objective c = objectives.insert(anObjective(cycle.id()).build());

        assertThat(objectives.findByCycleIds(List.of(third.id(), cycle.id()))).containsExactly(a, b, c);
        assertThat(objectives.findByCycleIds(List.of())).isEmpty();
    }

    @Test
    void givenAlignedObjectives_findByParentIds_findsDirectChildrenInAnyCycle() {
        Cycle year = repositories.cycles().insert(aCycle().named("2026").build());
        Objective company = objectives.insert(anObjective(year.id()).company().build());
        Objective team = objectives.insert(anObjective(cycle.id()).alignedTo(company.id()).build());
        Objective member = objectives.insert(anObjective(cycle.id()).alignedTo(team.id()).build());
        objectives.insert(anObjective(cycle.id()).build());

        assertThat(objectives.findByParentIds(List.of(company.id()))).containsExactly(team);
        assertThat(objectives.findByParentIds(List.of(company.id(), team.id()))).containsExactly(team, member);
        assertThat(objectives.findByParentIds(List.of())).isEmpty();
    }

    @Test
    void givenMoreThan1000Ids_findersByCollections_findEveryMatchOnce() {
        Objective a = objectives.insert(anObjective(cycle.id()).build());
        Objective b = objectives.insert(anObjective(cycle.id()).alignedTo(a.id()).build());
        Objective c = objectives.insert(anObjective(cycle.id()).alignedTo(a.id()).build());
        List<Long> ids = List.of(a.id().value(), b.id().value(), c.id().value());

        assertThat(objectives.findByIds(ManyIds.around(ids, ObjectiveId::new))).containsExactly(a, b, c);
        assertThat(objectives.findByParentIds(ManyIds.around(ids, ObjectiveId::new))).containsExactly(b, c);
        assertThat(objectives.findByCycleIds(ManyIds.around(List.of(cycle.id().value()), CycleId::new)))
                .containsExactly(a, b, c);
    }
}
