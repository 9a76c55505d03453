package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeId;
import dev.waypoint.initiative.InitiativeMessages;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import net.java.ao.Query;

/**
 * {@link InitiativeRepository} on Active Objects. A unique index on (key result, issue) keeps duplicates out even
 * when two requests race; the check before the insert gives the usual case a clear conflict message.
 */
public final class AoInitiativeRepository implements InitiativeRepository {

    private final ActiveObjects ao;

    public AoInitiativeRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public Initiative insert(Initiative initiative) {
        if (initiative.id() != null) {
            throw new IllegalArgumentException("a new initiative has no id, was " + initiative.id());
        }
        if (find(initiative.keyResultId(), initiative.issueId()).isPresent()) {
            throw duplicate(initiative);
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("KEY_RESULT_ID", AoIds.key("Key result", initiative.keyResultId().value()));
        columns.put("ISSUE_ID", initiative.issueId().value());
        columns.put("LINKED_BY", initiative.linkedBy().value());
        columns.put("LINKED_AT", initiative.linkedAt().toEpochMilli());
        try {
            return toInitiative(ao.create(AoInitiative.class, columns));
        } catch (RuntimeException e) {
            // Lost a race against an identical link: the unique index refused ours. Decided by the SQL state, not by
            // reading again: inside a transaction PostgreSQL refuses every statement after a failed one.
            if (AoConcurrency.isUniqueViolation(e)) {
                throw duplicate(initiative);
            }
            throw e;
        }
    }

    private static ConflictException duplicate(Initiative initiative) {
        return InitiativeMessages.duplicate(initiative.keyResultId(), initiative.issueId());
    }

    @Override
    public Optional<Initiative> find(KeyResultId keyResultId, IssueId issueId) {
        if (!AoIds.isStorable(keyResultId.value())) {
            return Optional.empty();
        }
        for (AoInitiative row : ao.find(AoInitiative.class, Query.select().where("KEY_RESULT_ID = ? AND ISSUE_ID = ?",
                (int) keyResultId.value(), issueId.value()))) {
            return Optional.of(toInitiative(row));
        }
        return Optional.empty();
    }

    @Override
    public List<Initiative> findByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        return findIn("KEY_RESULT_ID", keyResultIds, KeyResultId::value, true);
    }

    @Override
    public List<Initiative> findByIssueIds(Collection<IssueId> issueIds) {
        return findIn("ISSUE_ID", issueIds, IssueId::value, false);
    }

    @Override
    public Map<KeyResultId, Integer> countByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        Map<KeyResultId, Integer> counts = new HashMap<>();
        for (List<Object> chunk : AoIds.chunks(keyResultIds, KeyResultId::value, true)) {
            ao.stream(AoInitiative.class, Query.select("ID, KEY_RESULT_ID")
                    .where(AoIds.in("KEY_RESULT_ID", chunk.size()), chunk.toArray()),
                    row -> counts.merge(new KeyResultId(row.getKeyResultId()), 1, Integer::sum));
        }
        return counts;
    }

    @Override
    public void delete(InitiativeId id) {
        if (AoIds.isStorable(id.value())) {
            ao.deleteWithSQL(AoInitiative.class, "ID = ?", (int) id.value());
        }
    }

    @Override
    public void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        AoIds.deleteIn(ao, AoInitiative.class, "KEY_RESULT_ID", keyResultIds, KeyResultId::value, true);
    }

    private <T> List<Initiative> findIn(String column, Collection<T> ids, ToLongFunction<T> value, boolean asInt) {
        return AoIds.findIn(ao, AoInitiative.class, column, ids, value, asInt).stream()
                .map(AoInitiativeRepository::toInitiative).sorted(Comparator.comparingLong(i -> i.id().value()))
                .toList();
    }

    static Initiative toInitiative(AoInitiative row) {
        return new Initiative(new InitiativeId(row.getID()), new KeyResultId(row.getKeyResultId()),
                new IssueId(row.getIssueId()), new UserKey(row.getLinkedBy()), Instant.ofEpochMilli(row.getLinkedAt()));
    }
}
