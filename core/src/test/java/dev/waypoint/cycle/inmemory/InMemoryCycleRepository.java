package dev.waypoint.cycle.inmemory;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.inmemory.InMemoryTable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In-memory {@link CycleRepository}, a test fake shared through core's test-jar. */
public final class InMemoryCycleRepository implements CycleRepository {

    private static final Comparator<Cycle> ORDER = Comparator.comparing(Cycle::start).thenComparing(Cycle::end)
            .thenComparingLong(c -> c.id().value());

    private final InMemoryTable<Cycle> table = new InMemoryTable<>();

    @Override
    public Cycle insert(Cycle cycle) {
        if (cycle.id() != null) {
            throw new IllegalArgumentException("a new cycle has no id, was " + cycle.id());
        }
        Cycle stored = cycle.withId(new CycleId(table.nextId())).withVersion(0);
        table.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public Optional<Cycle> findById(CycleId id) {
        return table.get(id.value());
    }

    @Override
    public List<Cycle> findByIds(Collection<CycleId> ids) {
        Set<CycleId> wanted = Set.copyOf(ids);
        return table.where(c -> wanted.contains(c.id())).stream().sorted(ORDER).toList();
    }

    @Override
    public List<Cycle> findAll() {
        return table.all().stream().sorted(ORDER).toList();
    }

    @Override
    public Cycle update(Cycle cycle) {
        Cycle stored = table.get(cycle.id().value()).orElseThrow(() -> new NotFoundException("Cycle", cycle.id()));
        if (stored.version() != cycle.version()) {
            throw ConflictException.staleVersion("Cycle", cycle.id(), cycle.version(), stored.version());
        }
        Cycle updated = cycle.withVersion(cycle.version() + 1);
        table.put(updated.id().value(), updated);
        return updated;
    }

    @Override
    public void delete(CycleId id) {
        table.remove(id.value());
    }

    /** Every stored cycle, for assertions. */
    public List<Cycle> all() {
        return table.all();
    }
}
