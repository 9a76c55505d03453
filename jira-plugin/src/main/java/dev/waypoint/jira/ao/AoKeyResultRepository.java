package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** {@link KeyResultRepository} on Active Objects. */
public final class AoKeyResultRepository implements KeyResultRepository {

    private static final String ENTITY = "Key result";

    private final ActiveObjects ao;

    public AoKeyResultRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public KeyResult insert(KeyResult keyResult) {
        if (keyResult.id() != null) {
            throw new IllegalArgumentException("a new key result has no id, was " + keyResult.id());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("OBJECTIVE_ID", AoIds.key("Objective", keyResult.objectiveId().value()));
        columns.put("TITLE", keyResult.title());
        columns.put("WEIGHT", keyResult.weight().value());
        columns.put("MEASURE_TYPE", keyResult.measure().type().name());
        columns.put("SOURCE_TYPE", AoMeasures.sourceType(keyResult.source()));
        columns.put("VERSION", 0L);
        AoKeyResult row = ao.create(AoKeyResult.class, columns);
        write(row, keyResult);
        row.save();
        return toKeyResult(row);
    }

    @Override
    public Optional<KeyResult> findById(KeyResultId id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<KeyResult> findByIds(Collection<KeyResultId> ids) {
        return findIn("ID", ids, KeyResultId::value);
    }

    @Override
    public List<KeyResult> findByObjectiveIds(Collection<ObjectiveId> objectiveIds) {
        return findIn("OBJECTIVE_ID", objectiveIds, ObjectiveId::value);
    }

    @Override
    public KeyResult update(KeyResult keyResult) {
        Objects.requireNonNull(keyResult.id(), "'id' of an updated key result must not be null");
        return AoRows.update(ao, AoKeyResult.class, keyResult.id().value(), keyResult.version(), ENTITY,
                AoKeyResult::getVersion, row -> row.setTitle(row.getTitle()), row -> {
                    row.setTitle(keyResult.title());
                    row.setWeight(keyResult.weight().value());
                    row.setMeasureType(keyResult.measure().type().name());
                    row.setSourceType(AoMeasures.sourceType(keyResult.source()));
                    write(row, keyResult);
                    row.setVersion(keyResult.version() + 1);
                    row.save();
                    return toKeyResult(row);
                });
    }

    @Override
    public void deleteByIds(Collection<KeyResultId> ids) {
        AoIds.deleteIn(ao, AoKeyResult.class, "ID", ids, KeyResultId::value, true);
    }

    private static void write(AoKeyResult row, KeyResult keyResult) {
        row.setOwnerKey(keyResult.owner() == null ? null : keyResult.owner().value());
        row.setUnit(keyResult.unit());
        AoMeasures.writeMeasure(row, keyResult.measure());
        AoMeasures.writeSource(row, keyResult.source());
    }

    private <T> List<KeyResult> findIn(String column, Collection<T> ids, ToLongFunction<T> value) {
        return AoIds.findIn(ao, AoKeyResult.class, column, ids, value, true).stream()
                .map(AoKeyResultRepository::toKeyResult).sorted(Comparator.comparingLong(k -> k.id().value()))
                .toList();
    }

    static KeyResult toKeyResult(AoKeyResult row) {
        return new KeyResult(
                new KeyResultId(row.getID()),
                new ObjectiveId(row.getObjectiveId()),
                row.getTitle(),
                row.getOwnerKey() == null ? null : new UserKey(row.getOwnerKey()),
                new Weight(row.getWeight()),
                row.getUnit(),
                AoMeasures.readMeasure(row),
                AoMeasures.readSource(row),
                row.getVersion());
    }
}
