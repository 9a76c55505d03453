package dev.waypoint.keyresult;

import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link KeyResult}s with their measure and value source. Lists are ordered by id. Methods taking
 * collections accept any number of ids (implementations chunk IN lists at 1,000) and ignore unknown and repeated ids;
 * an empty collection finds nothing without a query.
 */
public interface KeyResultRepository {

    /** Stores a new key result ({@code id} must be {@code null}) and returns it with its new id and version 0. */
    KeyResult insert(KeyResult keyResult);

    Optional<KeyResult> findById(KeyResultId id);

    List<KeyResult> findByIds(Collection<KeyResultId> ids);

    List<KeyResult> findByObjectiveIds(Collection<ObjectiveId> objectiveIds);

    /**
     * Stores {@code keyResult} over the stored row with the same id and returns it with version + 1. The objective
     * of a key result never changes.
     *
     * @throws ConflictException if the stored version differs from {@code keyResult.version()}
     * @throws NotFoundException if there is no such key result
     */
    KeyResult update(KeyResult keyResult);

    /** Deletes the key results (not their check-ins or initiatives); unknown ids are ignored. */
    void deleteByIds(Collection<KeyResultId> ids);
}
