package dev.waypoint.initiative.inmemory;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeId;
import dev.waypoint.initiative.InitiativeMessages;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.inmemory.InMemoryTable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** In-memory {@link InitiativeRepository}, a test fake shared through core's test-jar. */
public final class InMemoryInitiativeRepository implements InitiativeRepository {

    private final InMemoryTable<Initiative> table = new InMemoryTable<>();

    @Override
    public synchronized Initiative insert(Initiative initiative) {
        if (initiative.id() != null) {
            throw new IllegalArgumentException("a new initiative has no id, was " + initiative.id());
        }
        if (find(initiative.keyResultId(), initiative.issueId()).isPresent()) {
            throw InitiativeMessages.duplicate(initiative.keyResultId(), initiative.issueId());
        }
        Initiative stored = initiative.withId(new InitiativeId(table.nextId()));
        table.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public Optional<Initiative> find(KeyResultId keyResultId, IssueId issueId) {
        return table.where(i -> i.keyResultId().equals(keyResultId) && i.issueId().equals(issueId)).stream()
                .findFirst();
    }

    @Override
    public List<Initiative> findByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        Set<KeyResultId> wanted = Set.copyOf(keyResultIds);
        return table.where(i -> wanted.contains(i.keyResultId()));
    }

    @Override
    public List<Initiative> findByIssueIds(Collection<IssueId> issueIds) {
        Set<IssueId> wanted = Set.copyOf(issueIds);
        return table.where(i -> wanted.contains(i.issueId()));
    }

    @Override
    public Map<KeyResultId, Integer> countByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        return findByKeyResultIds(keyResultIds).stream()
                .collect(Collectors.groupingBy(Initiative::keyResultId, Collectors.summingInt(i -> 1)));
    }

    @Override
    public void delete(InitiativeId id) {
        table.remove(id.value());
    }

    @Override
    public void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        Set<KeyResultId> doomed = Set.copyOf(keyResultIds);
        table.removeWhere(i -> doomed.contains(i.keyResultId()));
    }

    /** Every stored initiative, for assertions. */
    public List<Initiative> all() {
        return table.all();
    }
}
