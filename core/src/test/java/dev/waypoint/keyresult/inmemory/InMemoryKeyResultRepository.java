package dev.waypoint.keyresult.inmemory;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.inmemory.InMemoryTable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In-memory {@link KeyResultRepository}, a test fake shared through core's test-jar. */
public final class InMemoryKeyResultRepository implements KeyResultRepository {

    private final InMemoryTable<KeyResult> table = new InMemoryTable<>();

    @Override
    public KeyResult insert(KeyResult keyResult) {
        if (keyResult.id() != null) {
            throw new IllegalArgumentException("a new key result has no id, was " + keyResult.id());
        }
        KeyResult stored = keyResult.withId(new KeyResultId(table.nextId())).withVersion(0);
        table.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public Optional<KeyResult> findById(KeyResultId id) {
        return table.get(id.value());
    }

    @Override
    public List<KeyResult> findByIds(Collection<KeyResultId> ids) {
        Set<KeyResultId> wanted = Set.copyOf(ids);
        return table.where(k -> wanted.contains(k.id()));
    }

    @Override
    public List<KeyResult> findByObjectiveIds(Collection<ObjectiveId> objectiveIds) {
        Set<ObjectiveId> wanted = Set.copyOf(objectiveIds);
        return table.where(k -> wanted.contains(k.objectiveId()));
    }

    @Override
    public KeyResult update(KeyResult keyResult) {
        KeyResult stored = table.get(keyResult.id().value())
                .orElseThrow(() -> new NotFoundException("KeyResult", keyResult.id()));
        if (stored.version() != keyResult.version()) {
            throw ConflictException.staleVersion("KeyResult", keyResult.id(), keyResult.version(), stored.version());
        }
        if (!stored.objectiveId().equals(keyResult.objectiveId())) {
            throw new IllegalArgumentException("the objective of a key result never changes");
        }
        KeyResult updated = keyResult.withVersion(keyResult.version() + 1);
        table.put(updated.id().value(), updated);
        return updated;
    }

    @Override
    public void deleteByIds(Collection<KeyResultId> ids) {
        Set<KeyResultId> doomed = Set.copyOf(ids);
        table.removeWhere(k -> doomed.contains(k.id()));
    }

    /** Every stored key result, for assertions. */
    public List<KeyResult> all() {
        return table.all();
    }
}
