package dev.waypoint.kpi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Storage of {@link KpiValue}s (history with breakdown and errors). Lists are ordered by time, oldest first; of two
 * values with the same instant the one stored later comes last. Methods taking collections accept any number of ids
 * (chunked IN lists) and ignore unknown and repeated ids; every read is a fixed number of SQL statements whatever the
 * number of KPIs (DESIGN §6: a scorecard of 30 KPIs with 90 days of daily values reads in at most 3 statements).
 * Implementations index (KPI, timestamp) and keep timestamps to the millisecond.
 */
public interface KpiValueRepository {

    /** Stores a new value. */
    KpiValue append(KpiValue value);

    /**
     * Stores {@code value}, replacing every stored value of the same KPI with exactly the same instant, so that
     * recording the same MANUAL value for a date twice leaves one value (idempotent).
     */
    KpiValue upsert(KpiValue value);

    /** The latest value (by time, error values included) of each KPI; KPIs without values are absent. */
    Map<KpiId, KpiValue> findLatest(Collection<KpiId> kpiIds);

    /**
     * The values of the KPIs with {@code from <= at < to}, per KPI, oldest first. KPIs without such values are
     * absent. One call reads the whole scorecard.
     */
    Map<KpiId, List<KpiValue>> findBetween(Collection<KpiId> kpiIds, Instant from, Instant to);

    /**
     * Applies the {@code retention} rule: of the values recorded before {@code retention.cutoff(now)}, keeps only the
     * last of each KPI and calendar day in {@code zone} and deletes the others. Returns the number of values deleted.
     */
    int compact(Retention retention, Instant now, ZoneId zone);

    /**
     * Deletes the values of the KPI recorded at exactly {@code at} (a MANUAL value of a date), so that the latest value
     * becomes the one before. Returns the number of values deleted; deleting what is not there is harmless.
     */
    int deleteAt(KpiId kpiId, Instant at);

    /** Deletes every value of the KPI. */
    void deleteByKpiId(KpiId kpiId);
}
