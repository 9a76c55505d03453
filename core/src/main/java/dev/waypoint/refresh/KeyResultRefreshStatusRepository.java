package dev.waypoint.refresh;

import dev.waypoint.keyresult.KeyResultId;
import java.util.Collection;
import java.util.Map;

/**
 * Storage of the latest {@link KeyResultRefreshStatus} per key result (one row per key result). Methods taking
 * collections accept any number of ids (chunked IN lists) and ignore unknown and repeated ids.
 */
public interface KeyResultRefreshStatusRepository {

    /** Stores the status, replacing the key result's previous one. */
    void save(KeyResultRefreshStatus status);

    Map<KeyResultId, KeyResultRefreshStatus> findByKeyResultIds(Collection<KeyResultId> keyResultIds);

    void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds);
}
