package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;

/** {@link KpiTargetChangeRepository} on Active Objects. */
public final class AoKpiTargetChangeRepository implements KpiTargetChangeRepository {

    private final ActiveObjects ao;

    public AoKpiTargetChangeRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public KpiTargetChange append(KpiTargetChange change) {
        return toChange(ao.create(AoKpiTargetChange.class, Map.of(
                "KPI_ID", AoIds.key("KPI", change.kpiId().value()),
                "AT_MILLIS", change.at().toEpochMilli(),
                "OLD_TARGET", change.oldTarget(),
                "NEW_TARGET", change.newTarget(),
                "DIRECTION", change.direction().name(),
                "CHANGED_BY", change.changedBy().value())));
    }

    @Override
    public List<KpiTargetChange> findSince(Collection<KpiId> kpiIds, Instant since) {
        List<KpiTargetChange> changes = new ArrayList<>();
        for (List<Object> chunk : AoIds.chunks(kpiIds, KpiId::value, true)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(since.toEpochMilli());
            for (AoKpiTargetChange row : ao.find(AoKpiTargetChange.class, Query.select()
                    .where(AoIds.in("KPI_ID", chunk.size()) + " AND AT_MILLIS >= ?", parameters.toArray())
                    .order("AT_MILLIS, ID"))) {
                changes.add(toChange(row));
            }
        }
        changes.sort(Comparator.comparing(KpiTargetChange::at));
        return changes;
    }

    @Override
    public void deleteByKpiId(KpiId kpiId) {
        if (AoIds.isStorable(kpiId.value())) {
            ao.deleteWithSQL(AoKpiTargetChange.class, "KPI_ID = ?", (int) kpiId.value());
        }
    }

    private static KpiTargetChange toChange(AoKpiTargetChange row) {
        return new KpiTargetChange(new KpiId(row.getKpiId()), Instant.ofEpochMilli(row.getAtMillis()),
                row.getOldTarget(), row.getNewTarget(), KpiDirection.valueOf(row.getDirection()),
                new UserKey(row.getChangedBy()));
    }
}
