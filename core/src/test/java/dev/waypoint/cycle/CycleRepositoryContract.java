package dev.waypoint.cycle;

import static dev.waypoint.testdata.OkrTestData.aCycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.ManyIds;
import dev.waypoint.testdata.OkrRepositories;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link CycleRepository}. A subclass supplies fresh, empty repositories in
 * {@link #createRepositories()}; see {@code InMemoryCycleRepositoryTest}.
 */
public abstract class CycleRepositoryContract {

    private CycleRepository cycles;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract OkrRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        cycles = createRepositories().cycles();
    }

    @Test
    void givenNewCycle_insert_assignsIdAndVersionZero() {
        Cycle stored = cycles.insert(aCycle().named("Q2 2026").build());

        assertThat(stored.id()).isNotNull();
        assertThat(stored.version()).isZero();
        assertThat(stored.name()).isEqualTo("Q2 2026");
    }

    @Test
    void givenStoredCycle_findById_returnsEqualCycle() {
        Cycle stored = cycles.insert(aCycle().named("Année 2026 ✓").from(LocalDate.of(2026, 1, 1))
                .to(LocalDate.of(2026, 12, 31)).inState(CycleState.PLANNING).build());

        assertThat(cycles.findById(stored.id())).contains(stored);
    }

    @Test
    void givenUnknownId_findById_isEmpty() {
        assertThat(cycles.findById(new CycleId(424_242))).isEmpty();
    }

    @Test
    void givenCycleWithId_insert_isRefused() {
        Cycle withId = aCycle().build().withId(new CycleId(7));

        assertThatThrownBy(() -> cycles.insert(withId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenStoredCycle_update_storesChangesAndIncrementsVersion() {
        Cycle stored = cycles.insert(aCycle().build());
        Cycle changed = new Cycle(stored.id(), "Renamed", stored.start(), stored.end().plusDays(1), CycleState.CLOSED,
                stored.version());

        Cycle updated = cycles.update(changed);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(cycles.findById(stored.id())).contains(updated);
        assertThat(updated).isEqualTo(changed.withVersion(1));
    }

    @Test
    void givenTwoUpdatesFromTheSameRead_secondUpdate_throwsConflictAndKeepsFirst() {
        Cycle stored = cycles.insert(aCycle().build());
        Cycle first = cycles.update(stored.withState(CycleState.PLANNING));

        assertThatThrownBy(() -> cycles.update(stored.withState(CycleState.CLOSED)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("waypoint.error.stale");
        assertThat(cycles.findById(stored.id())).contains(first);
    }

    @Test
    void givenUnknownId_update_throwsNotFound() {
        Cycle ghost = aCycle().build().withId(new CycleId(424_242));

        assertThatThrownBy(() -> cycles.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenStoredCycle_delete_removesOnlyIt() {
        Cycle doomed = cycles.insert(aCycle().build());
        Cycle kept = cycles.insert(aCycle().named("Q2").build());

        cycles.delete(doomed.id());

        assertThat(cycles.findById(doomed.id())).isEmpty();
        assertThat(cycles.findAll()).containsExactly(kept);
    }

    @Test
    void givenUnknownId_delete_doesNothing() {
        Cycle kept = cycles.insert(aCycle().build());

        cycles.delete(new CycleId(424_242));

        assertThat(cycles.findAll()).containsExactly(kept);
    }

    @Test
    void givenCycles_findAll_ordersByStartThenEndThenId() {
        Cycle year = cycles.insert(aCycle().named("2026").from(LocalDate.of(2026, 1, 1))
                .to(LocalDate.of(2026, 12, 31)).build());
        Cycle q2 = cycles.insert(aCycle().named("Q2").from(LocalDate.of(2026, 4, 1))
                .to(LocalDate.of(2026, 6, 30)).build());
        Cycle q1 = cycles.insert(aCycle().named("Q1").from(LocalDate.of(2026, 1, 1))
                .to(LocalDate.of(2026, 3, 31)).build());
        Cycle q1Again = cycles.insert(aCycle().named("Q1 bis").from(LocalDate.of(2026, 1, 1))
                .to(LocalDate.of(2026, 3, 31)).build());

        assertThat(cycles.findAll()).containsExactly(q1, q1Again, year, q2);
    }

    @Test
    void givenEmptyIds_findByIds_findsNothing() {
        cycles.insert(aCycle().build());

        assertThat(cycles.findByIds(List.of())).isEmpty();
    }

    @Test
    void givenMoreThan1000Ids_findByIds_findsEveryStoredOneOnce() {
        Cycle a = cycles.insert(aCycle().named("A").build());
        Cycle b = cycles.insert(aCycle().named("B").build());
        Cycle c = cycles.insert(aCycle().named("C").build());
        cycles.insert(aCycle().named("not asked for").build());

        List<Cycle> found = cycles.findByIds(
                ManyIds.around(List.of(a.id().value(), b.id().value(), c.id().value()), CycleId::new));

        assertThat(found).containsExactly(a, b, c);
    }
}
