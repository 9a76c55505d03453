package dev.waypoint.objective.inmemory;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.inmemory.InMemoryTable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In-memory {@link ObjectiveRepository}, a test fake shared through core's test-jar. */
public final class InMemoryObjectiveRepository implements ObjectiveRepository {

    private final InMemoryTable<Objective> table = new InMemoryTable<>();

    @Override
    public Objective insert(Objective objective) {
        if (objective.id() != null) {
            throw new IllegalArgumentException("a new objective has no id, was " + objective.id());
        }
        Objective stored = objective.withId(new ObjectiveId(table.nextId())).withVersion(0);
        table.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public Optional<Objective> findById(ObjectiveId id) {
        return table.get(id.value());
    }

    @Override
    public List<Objective> findByIds(Collection<ObjectiveId> ids) {
        Set<ObjectiveId> wanted = Set.copyOf(ids);
        return table.where(o -> wanted.contains(o.id()));
    }

    @Override
    public List<Objective> findByCycleIds(Collection<CycleId> cycleIds) {
        Set<CycleId> wanted = Set.copyOf(cycleIds);
        return table.where(o -> wanted.contains(o.cycleId()));
    }

    @Override
    public List<Objective> findByParentIds(Collection<ObjectiveId> parentIds) {
        Set<ObjectiveId> wanted = Set.copyOf(parentIds);
        return table.where(o -> o.parentId() != null && wanted.contains(o.parentId()));
    }

    @Override
    public Objective update(Objective objective) {
        Objective stored = table.get(objective.id().value())
                .orElseThrow(() -> new NotFoundException("Objective", objective.id()));
        if (stored.version() != objective.version()) {
            throw ConflictException.staleVersion("Objective", objective.id(), objective.version(), stored.version());
        }
        Objective updated = objective.withVersion(objective.version() + 1);
        table.put(updated.id().value(), updated);
        return updated;
    }

    @Override
    public void delete(ObjectiveId id) {
        table.remove(id.value());
    }

    /** Every stored objective, for assertions. */
    public List<Objective> all() {
        return table.all();
    }
}
