package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;

/** {@link CycleRepository} on Active Objects. */
public final class AoCycleRepository implements CycleRepository {

    private static final String ENTITY = "Cycle";
    private static final Comparator<Cycle> ORDER = Comparator.comparing(Cycle::start).thenComparing(Cycle::end)
            .thenComparing(c -> c.id().value());

    private final ActiveObjects ao;

    public AoCycleRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public Cycle insert(Cycle cycle) {
        if (cycle.id() != null) {
            throw new IllegalArgumentException("a new cycle has no id, was " + cycle.id());
        }
        AoCycle row = ao.create(AoCycle.class, Map.of(
                "NAME", cycle.name(),
                "START_DATE", cycle.start().toString(),
                "END_DATE", cycle.end().toString(),
                "STATE", cycle.state().name(),
                "VERSION", 0L));
        return toCycle(row);
    }

    @Override
    public Optional<Cycle> findById(CycleId id) {
        if (!AoIds.isStorable(id.value())) {
            return Optional.empty();
        }
        return Arrays.stream(ao.find(AoCycle.class, Query.select().where("ID = ?", (int) id.value())))
                .findFirst().map(AoCycleRepository::toCycle);
    }

    @Override
    public List<Cycle> findByIds(Collection<CycleId> ids) {
        return AoIds.findIn(ao, AoCycle.class, "ID", ids, CycleId::value, true).stream()
                .map(AoCycleRepository::toCycle).sorted(ORDER).toList();
    }

    @Override
    public List<Cycle> findAll() {
        return Arrays.stream(ao.find(AoCycle.class, Query.select())).map(AoCycleRepository::toCycle).sorted(ORDER)
                .toList();
    }

    @Override
    public Cycle update(Cycle cycle) {
        Objects.requireNonNull(cycle.id(), "'id' of an updated cycle must not be null");
        return AoRows.update(ao, AoCycle.class, cycle.id().value(), cycle.version(), ENTITY, AoCycle::getVersion,
                row -> row.setName(row.getName()), row -> {
                    row.setName(cycle.name());
                    row.setStartDate(cycle.start().toString());
                    row.setEndDate(cycle.end().toString());
                    row.setState(cycle.state().name());
                    row.setVersion(cycle.version() + 1);
                    row.save();
                    return toCycle(row);
                });
    }

    @Override
    public void delete(CycleId id) {
        if (AoIds.isStorable(id.value())) {
            ao.deleteWithSQL(AoCycle.class, "ID = ?", (int) id.value());
        }
    }

    static Cycle toCycle(AoCycle row) {
        return new Cycle(new CycleId(row.getID()), row.getName(), LocalDate.parse(row.getStartDate()),
                LocalDate.parse(row.getEndDate()), CycleState.valueOf(row.getState()), row.getVersion());
    }
}
