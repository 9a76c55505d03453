package dev.waypoint.testdata;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import java.time.LocalDate;

/** Builds a {@link Cycle}; defaults: Q1 2026 (1 January - 31 March), ACTIVE, no id. */
public final class CycleBuilder {

    private String name = "Q1 2026";
    private LocalDate start = LocalDate.of(2026, 1, 1);
    private LocalDate end = LocalDate.of(2026, 3, 31);
    private CycleState state = CycleState.ACTIVE;

    CycleBuilder() {
    }

    public CycleBuilder named(String newName) {
        this.name = newName;
        return this;
    }

    public CycleBuilder from(LocalDate newStart) {
        this.start = newStart;
        return this;
    }

    public CycleBuilder to(LocalDate newEnd) {
        this.end = newEnd;
        return this;
    }

    public CycleBuilder inState(CycleState newState) {
        this.state = newState;
        return this;
    }

    public Cycle build() {
        return Cycle.create(name, start, end, state);
    }
}
