package dev.waypoint.refresh.inmemory;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** In-memory {@link KeyResultRefreshStatusRepository}, a test fake shared through core's test-jar. */
public final class InMemoryKeyResultRefreshStatusRepository implements KeyResultRefreshStatusRepository {

    private final Map<KeyResultId, KeyResultRefreshStatus> rows = new HashMap<>();

    @Override
    public synchronized void save(KeyResultRefreshStatus status) {
        rows.put(status.keyResultId(), status);
    }

    @Override
    public synchronized Map<KeyResultId, KeyResultRefreshStatus> findByKeyResultIds(
            Collection<KeyResultId> keyResultIds) {
        Set<KeyResultId> wanted = Set.copyOf(keyResultIds);
        return rows.values().stream().filter(s -> wanted.contains(s.keyResultId()))
                .collect(Collectors.toMap(KeyResultRefreshStatus::keyResultId, s -> s));
    }

    @Override
    public synchronized void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        rows.keySet().removeAll(Set.copyOf(keyResultIds));
    }

    public synchronized List<KeyResultRefreshStatus> all() {
        return List.copyOf(rows.values());
    }
}
