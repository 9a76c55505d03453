package dev.waypoint.objective;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link Objective}s with their aligned KPI ids. Lists are ordered by id. Methods taking collections accept
 * any number of ids (implementations chunk IN lists at 1,000) and ignore unknown and repeated ids; an empty collection
 * finds nothing without a query.
 */
public interface ObjectiveRepository {

    /** Stores a new objective ({@code id} must be {@code null}) and returns it with its new id and version 0. */
    Objective insert(Objective objective);

    Optional<Objective> findById(ObjectiveId id);

    List<Objective> findByIds(Collection<ObjectiveId> ids);

    List<Objective> findByCycleIds(Collection<CycleId> cycleIds);

    /** The objectives whose parent is one of {@code parentIds} (their direct children, in any cycle). */
    List<Objective> findByParentIds(Collection<ObjectiveId> parentIds);

    /**
     * Stores {@code objective} over the stored row with the same id and returns it with version + 1.
     *
     * @throws ConflictException if the stored version differs from {@code objective.version()}
     * @throws NotFoundException if there is no such objective
     */
    Objective update(Objective objective);

    /** Deletes the objective (not its key results); does nothing if there is none with that id. */
    void delete(ObjectiveId id);
}
