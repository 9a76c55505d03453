package dev.waypoint.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentCycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 15);

    private static final Cycle YEAR = cycle(10, "2026", "2026-01-01", "2026-12-31", CycleState.ACTIVE);
    private static final Cycle QUARTER = cycle(11, "Q1", "2026-01-01", "2026-03-31", CycleState.ACTIVE);
    private static final Cycle NEXT = cycle(12, "Q2", "2026-04-01", "2026-06-30", CycleState.PLANNING);
    private static final Cycle OLD = cycle(13, "Q4", "2025-10-01", "2025-12-31", CycleState.CLOSED);

    @Test
    void givenAYearAndItsQuarterBothActive_current_isTheShorterOneContainingToday() {
        assertThat(CurrentCycle.of(List.of(YEAR, QUARTER, NEXT), TODAY)).contains(QUARTER);
    }

    @Test
    void givenNoActiveCycleContainingToday_current_isTheNextToStart() {
        assertThat(CurrentCycle.of(List.of(NEXT, OLD), TODAY)).contains(NEXT);
    }

    @Test
    void givenOnlyEndedCycles_current_isTheOneThatEndedLast() {
        Cycle older = cycle(14, "Q3", "2025-07-01", "2025-09-30", CycleState.CLOSED);

        assertThat(CurrentCycle.of(List.of(older, OLD), TODAY)).contains(OLD);
    }

    @Test
    void givenAnActiveCycleThatEnded_current_isTheNextInsteadOfIt() {
        Cycle overdue = cycle(15, "Q4 late", "2025-10-01", "2025-12-31", CycleState.ACTIVE);

        assertThat(CurrentCycle.of(List.of(overdue, NEXT), TODAY)).contains(NEXT);
    }

    @Test
    void givenNoCycles_current_isEmpty() {
        assertThat(CurrentCycle.of(List.of(), TODAY)).isEmpty();
    }

    private static Cycle cycle(long id, String name, String start, String end, CycleState state) {
        return Cycle.create(name, LocalDate.parse(start), LocalDate.parse(end), state).withId(new CycleId(id));
    }
}
