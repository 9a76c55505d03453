package dev.waypoint.kpi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Storage of {@link KpiTargetChange}s, append only. Lists are ordered by time, oldest first. */
public interface KpiTargetChangeRepository {

    KpiTargetChange append(KpiTargetChange change);

    /** The changes of the KPIs made at or after {@code since}. */
    List<KpiTargetChange> findSince(Collection<KpiId> kpiIds, Instant since);

    void deleteByKpiId(KpiId kpiId);
}
