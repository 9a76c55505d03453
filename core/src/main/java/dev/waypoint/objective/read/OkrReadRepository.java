package dev.waypoint.objective.read;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.shared.ProjectKey;

/**
 * The bulk read behind the project page (DESIGN §6: a fixed number of queries whatever the size). An AO
 * implementation needs at most 4 SQL statements, one per table, with IN lists chunked at 1,000:
 * <ol>
 * <li>objectives: {@code CYCLE_ID = ? AND (PROJECT_KEY = ? OR LEVEL = 'COMPANY')}</li>
 * <li>key results: {@code OBJECTIVE_ID IN (...)}</li>
 * <li>check-ins: {@code KEY_RESULT_ID IN (...)}</li>
 * <li>initiatives: {@code SELECT KEY_RESULT_ID, COUNT(*) ... WHERE KEY_RESULT_ID IN (...) GROUP BY KEY_RESULT_ID}</li>
 * </ol>
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
}
