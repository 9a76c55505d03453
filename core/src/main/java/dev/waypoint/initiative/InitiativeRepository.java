package dev.waypoint.initiative;

import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.ConflictException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of {@link Initiative}s: insert and delete only. Lists are ordered by id. Methods taking collections accept
 * any number of ids (implementations chunk IN lists at 1,000) and ignore unknown and repeated ids.
 */
public interface InitiativeRepository {

    /**
     * Stores a new link ({@code id} must be {@code null}) and returns it with its new id.
     *
     * @throws ConflictException {@link InitiativeMessages#duplicate} if the key result already links that issue
     */
    Initiative insert(Initiative initiative);

    Optional<Initiative> find(KeyResultId keyResultId, IssueId issueId);

    List<Initiative> findByKeyResultIds(Collection<KeyResultId> keyResultIds);

    /** The links of the issues, e.g. for the issue panel ("key results this issue drives"). */
    List<Initiative> findByIssueIds(Collection<IssueId> issueIds);

    /** Number of links per key result; key results without links are absent from the map. */
    Map<KeyResultId, Integer> countByKeyResultIds(Collection<KeyResultId> keyResultIds);

    /** Deletes the link; does nothing if there is none with that id. */
    void delete(InitiativeId id);

    void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds);
}
