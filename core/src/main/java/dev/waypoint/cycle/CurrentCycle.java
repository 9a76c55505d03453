package dev.waypoint.cycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which cycle a page shows when the user has not chosen one, the same on every surface (project page, issue panel,
 * dashboard items): the ACTIVE cycle containing today (the shortest if several, e.g. a quarter within its year);
 * else the next to start that is not closed; else the one that ended last.
 */
public final class CurrentCycle {

    private CurrentCycle() {
    }

    public static Optional<Cycle> of(Collection<Cycle> cycles, LocalDate today) {
        Optional<Cycle> current = cycles.stream()
                .filter(c -> c.state() == CycleState.ACTIVE && c.contains(today))
                .min(Comparator.comparingLong(Cycle::lengthInDays).thenComparing(c -> c.id().value()));
        if (current.isPresent()) {
            return current;
        }
        Optional<Cycle> next = cycles.stream()
                .filter(c -> !c.isClosed() && !c.end().isBefore(today))
                .min(Comparator.comparing(Cycle::start).thenComparing(c -> c.id().value()));
        return next.isPresent() ? next
                : cycles.stream().max(Comparator.comparing(Cycle::end).thenComparing(c -> c.id().value()));
    }
}
