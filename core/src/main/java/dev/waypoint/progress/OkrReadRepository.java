package dev.waypoint.progress;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.shared.ProjectKey;
import java.util.Collection;
import java.util.Map;

/**
 * The bulk read behind the project page (DESIGN §6: a fixed number of queries whatever the size). An AO
 * implementation needs at most 4 SQL statements, one per table, with IN lists chunked at 1,000:
 * <ol>
 * <li>objectives: {@code CYCLE_ID = ? AND (PROJECT_KEY = ? OR LEVEL = 'COMPANY')}</li>
 * <li>key results: {@code OBJECTIVE_ID IN (...)}</li>
 * <li>check-ins: {@code KEY_RESULT_ID IN (...)}</li>
 * <li>initiatives: {@code SELECT KEY_RESULT_ID, COUNT(*) ... WHERE KEY_RESULT_ID IN (...) GROUP BY KEY_RESULT_ID}</li>
 * </ol>
 * The project page also shows the values of key results bound to a KPI as that KPI formats them:
 * {@link #kpiFormats} reads the format and unit of those KPIs, one statement per 1,000 KPIs and none without them.
 */
public interface OkrReadRepository {

    /**
     * Loads the objectives of the cycle that belong to {@code project} (TEAM and INDIVIDUAL) plus the cycle's COMPANY
     * objectives (as alignment context: their progress here counts only what the snapshot holds), all their key
     * results, every check-in of those key results, and the number of initiatives per key result. Objectives of other
     * cycles (e.g. a yearly parent) are not loaded; their ids are in {@code parentId}. An unknown cycle gives an empty
     * snapshot.
     */
    CycleSnapshot loadCycle(CycleId cycleId, ProjectKey project);

    /**
     * The format and unit of each of the KPIs (ids repeated or unknown, e.g. of a deleted KPI, are ignored): an AO
     * implementation reads only those columns, one statement per 1,000 ids; no ids cost no statement.
     */
    Map<KpiId, KpiValueFormat> kpiFormats(Collection<KpiId> kpiIds);
}
