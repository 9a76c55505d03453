package dev.waypoint.checkin;

import dev.waypoint.keyresult.KeyResultId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link CheckIn}s: append and delete only. Lists are ordered by key result id, then
 * {@link CheckIn#CHRONOLOGICAL} (effective date, created-at, id). Methods taking collections accept any number of ids
 * (implementations chunk IN lists at 1,000) and ignore unknown and repeated ids.
 */
public interface CheckInRepository {

    /** Stores a new check-in ({@code id} must be {@code null}) and returns it with its new id. */
    CheckIn insert(CheckIn checkIn);

    /**
     * Stores a value of the refresh job (origin REFRESH) and deletes any other REFRESH check-in of the same key result
     * with the same effective date, so that the automatic series has one value per day. Manual check-ins are kept.
     */
    CheckIn recordRefreshed(CheckIn checkIn);

    Optional<CheckIn> findById(CheckInId id);

    /** The full history of the key results. */
    List<CheckIn> findByKeyResultIds(Collection<KeyResultId> keyResultIds);

    /** Deletes the check-in; does nothing if there is none with that id. */
    void delete(CheckInId id);

    /** Deletes every check-in of the key results. */
    void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds);
}
