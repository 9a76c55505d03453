package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;

/** {@link KpiRepository} on Active Objects. */
public final class AoKpiRepository implements KpiRepository {

    private static final String ENTITY = "KPI";

    private final ActiveObjects ao;

    public AoKpiRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public Kpi insert(Kpi kpi) {
        if (kpi.id() != null) {
            throw new IllegalArgumentException("a new KPI has no id, was " + kpi.id());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("NAME", kpi.name());
        columns.put("FORMAT", kpi.format().name());
        columns.put("DIRECTION", kpi.direction().name());
        columns.put("OWNER_KEY", kpi.owner().value());
        columns.put("SOURCE_TYPE", kpi.source().kind().name());
        columns.put("TARGET", kpi.target());
        columns.put("REFRESH_MINUTES", kpi.refreshMinutes());
        columns.put("VERSION", 0L);
        AoKpi row = ao.create(AoKpi.class, columns);
        write(row, kpi);
        row.save();
        // the stored row is exactly the KPI given: mapping the new entity back would read each column again
        return kpi.withId(new KpiId(row.getID())).withVersion(0L);
    }

    @Override
    public Kpi update(Kpi kpi) {
        Objects.requireNonNull(kpi.id(), "'id' of an updated KPI must not be null");
        return AoRows.update(ao, AoKpi.class, kpi.id().value(), kpi.version(), ENTITY, AoKpi::getVersion,
                row -> row.setName(row.getName()), row -> {
                    row.setName(kpi.name());
                    row.setFormat(kpi.format().name());
                    row.setDirection(kpi.direction().name());
                    row.setOwnerKey(kpi.owner().value());
                    row.setTarget(kpi.target());
                    row.setRefreshMinutes(kpi.refreshMinutes());
                    write(row, kpi);
                    row.setVersion(kpi.version() + 1);
                    row.save();
                    return toKpi(row);
                });
    }

    @Override
    public void delete(KpiId id) {
        if (AoIds.isStorable(id.value())) {
            ao.deleteWithSQL(AoKpi.class, "ID = ?", (int) id.value());
        }
    }

    @Override
    public Optional<Kpi> findById(KpiId id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Kpi> findByIds(Collection<KpiId> ids) {
        return toKpis(AoIds.findIn(ao, AoKpi.class, "ID", ids, KpiId::value, true).toArray(AoKpi[]::new));
    }

    @Override
    public List<Kpi> findAll() {
        return toKpis(ao.find(AoKpi.class, Query.select()));
    }

    @Override
    public List<Kpi> findChildren(KpiId parentId) {
        if (!AoIds.isStorable(parentId.value())) {
            return List.of();
        }
        return toKpis(ao.find(AoKpi.class, Query.select().where("PARENT_ID = ?", (int) parentId.value())));
    }

    private static void write(AoKpi row, Kpi kpi) {
        row.setDescription(kpi.description());
        row.setUnit(kpi.unit());
        row.setWarning(kpi.warning());
        row.setProjectKey(kpi.project() == null ? null : kpi.project().value());
        row.setParentId(kpi.parentId() == null ? null : AoIds.key(ENTITY, kpi.parentId().value()));
        AoKpiSources.write(row, kpi.source());
    }

    private static List<Kpi> toKpis(AoKpi[] rows) {
        return Arrays.stream(rows).map(AoKpiRepository::toKpi).sorted(Comparator.comparingLong(k -> k.id().value()))
                .toList();
    }

    static Kpi toKpi(AoKpi row) {
        return new Kpi(new KpiId(row.getID()), row.getName(), row.getDescription(), row.getUnit(),
                KpiFormat.valueOf(row.getFormat()), KpiDirection.valueOf(row.getDirection()), row.getTarget(),
                row.getWarning(), new UserKey(row.getOwnerKey()),
                row.getProjectKey() == null ? null : new ProjectKey(row.getProjectKey()),
                row.getParentId() == null ? null : new KpiId(row.getParentId()), row.getRefreshMinutes(),
                AoKpiSources.read(row), row.getVersion());
    }
}
