package dev.waypoint.cycle;

import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link Cycle}s. Lists are ordered by start date, then end date, then id. Methods taking collections
 * accept any number of ids (implementations chunk IN lists) and ignore unknown and repeated ids.
 */
public interface CycleRepository {

    /** Stores a new cycle ({@code id} must be {@code null}) and returns it with its new id and version 0. */
    Cycle insert(Cycle cycle);

    Optional<Cycle> findById(CycleId id);

    List<Cycle> findByIds(Collection<CycleId> ids);

    /** Every cycle. Cycles are few (a handful per year), so this is not paged. */
    List<Cycle> findAll();

    /**
     * Stores {@code cycle} over the stored row with the same id and returns it with version + 1.
     *
     * @throws ConflictException if the stored version differs from {@code cycle.version()}
     * @throws NotFoundException if there is no such cycle
     */
    Cycle update(Cycle cycle);

    /** Deletes the cycle; does nothing if there is none with that id. */
    void delete(CycleId id);
}
