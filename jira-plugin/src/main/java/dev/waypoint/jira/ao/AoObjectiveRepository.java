package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** {@link ObjectiveRepository} on Active Objects. */
public final class AoObjectiveRepository implements ObjectiveRepository {

    private static final String ENTITY = "Objective";

    private final ActiveObjects ao;

    public AoObjectiveRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public Objective insert(Objective objective) {
        if (objective.id() != null) {
            throw new IllegalArgumentException("a new objective has no id, was " + objective.id());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("CYCLE_ID", AoIds.key("Cycle", objective.cycleId().value()));
        columns.put("TITLE", objective.title());
        columns.put("OBJ_LEVEL", objective.level().name());
        columns.put("COMMITMENT", objective.commitment().name());
        columns.put("STATE", objective.state().name());
        columns.put("CONTRIBUTES", objective.contributesToParent());
        columns.put("WEIGHT", objective.weight().value());
        columns.put("VERSION", 0L);
        AoObjective row = ao.create(AoObjective.class, columns);
        write(row, objective);
        row.save();
        return toObjective(row);
    }

    @Override
    public Optional<Objective> findById(ObjectiveId id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Objective> findByIds(Collection<ObjectiveId> ids) {
        return findIn("ID", ids, ObjectiveId::value);
    }

    @Override
    public List<Objective> findByCycleIds(Collection<CycleId> cycleIds) {
        return findIn("CYCLE_ID", cycleIds, CycleId::value);
    }

    @Override
    public List<Objective> findByParentIds(Collection<ObjectiveId> parentIds) {
        return findIn("PARENT_ID", parentIds, ObjectiveId::value);
    }

    /** The objectives aligned to {@code kpi}, in any cycle. */
    public List<Objective> findByAlignedKpi(KpiId kpi) {
        return toObjectives(ao.find(AoObjective.class,
                Query.select().where("ALIGNED_KPIS LIKE ?", AoIds.containing(kpi.value()))));
    }

    @Override
    public Objective update(Objective objective) {
        Objects.requireNonNull(objective.id(), "'id' of an updated objective must not be null");
        return AoRows.update(ao, AoObjective.class, objective.id().value(), objective.version(), ENTITY,
                AoObjective::getVersion, row -> row.setTitle(row.getTitle()), row -> {
                    row.setCycleId(AoIds.key("Cycle", objective.cycleId().value()));
                    row.setTitle(objective.title());
                    row.setObjLevel(objective.level().name());
                    row.setCommitment(objective.commitment().name());
                    row.setState(objective.state().name());
                    row.setContributes(objective.contributesToParent());
                    row.setWeight(objective.weight().value());
                    write(row, objective);
                    row.setVersion(objective.version() + 1);
                    row.save();
                    return toObjective(row);
                });
    }

    @Override
    public void delete(ObjectiveId id) {
        if (AoIds.isStorable(id.value())) {
            ao.deleteWithSQL(AoObjective.class, "ID = ?", (int) id.value());
        }
    }

    /** The nullable columns, written the same way on insert and update. */
    private static void write(AoObjective row, Objective objective) {
        row.setDescription(objective.description());
        row.setKind(objective.kind() == null ? null : objective.kind().name());
        row.setOwnerKey(objective.owner() == null ? null : objective.owner().value());
        row.setProjectKey(objective.project() == null ? null : objective.project().value());
        row.setParentId(objective.parentId() == null ? null : AoIds.key(ENTITY, objective.parentId().value()));
        row.setAlignedKpis(AoIds.encode(objective.alignedKpis().stream().map(KpiId::value).toList()));
        row.setGrade(objective.grade() == null ? null : objective.grade().score());
        row.setGradeNote(objective.grade() == null ? null : objective.grade().note());
    }

    private <T> List<Objective> findIn(String column, Collection<T> ids, ToLongFunction<T> value) {
        return toObjectives(AoIds.findIn(ao, AoObjective.class, column, ids, value, true).toArray(AoObjective[]::new));
    }

    private static List<Objective> toObjectives(AoObjective[] rows) {
        List<Objective> objectives = new ArrayList<>(rows.length);
        for (AoObjective row : rows) {
            objectives.add(toObjective(row));
        }
        objectives.sort(Comparator.comparingLong(o -> o.id().value()));
        return objectives;
    }

    static Objective toObjective(AoObjective row) {
        return new Objective(
                new ObjectiveId(row.getID()),
                new CycleId(row.getCycleId()),
                row.getTitle(),
                row.getDescription(),
                ObjectiveLevel.valueOf(row.getObjLevel()),
                row.getKind() == null ? null : ObjectiveKind.valueOf(row.getKind()),
                Commitment.valueOf(row.getCommitment()),
                row.getOwnerKey() == null ? null : new UserKey(row.getOwnerKey()),
                row.getProjectKey() == null ? null : new ProjectKey(row.getProjectKey()),
                row.getParentId() == null ? null : new ObjectiveId(row.getParentId()),
                row.isContributes(),
                new Weight(row.getWeight()),
                AoIds.decode(row.getAlignedKpis()).stream().map(KpiId::new).collect(Collectors.toSet()),
                ObjectiveState.valueOf(row.getState()),
                row.getGrade() == null ? null : new FinalGrade(row.getGrade(), row.getGradeNote()),
                row.getVersion());
    }
}
