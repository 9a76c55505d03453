package dev.waypoint.app.company;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.objective.ObjectiveId;

/**
 * The bulk reads behind the company page (DESIGN §4 "Company page", §6).
 *
 * <p>{@link #loadCycle} reads a fixed number of SQL statements whatever the size of the cycle: an AO implementation
 * reads one statement per table, joining to the objective table by cycle instead of sending IN lists of ids:
 * <ol>
 * <li>objectives: {@code CYCLE_ID = ?}</li>
 * <li>key results: {@code JOIN OBJECTIVE ON OBJECTIVE_ID ... WHERE CYCLE_ID = ?}</li>
 * <li>check-ins: {@code JOIN KEY_RESULT ... JOIN OBJECTIVE ... WHERE CYCLE_ID = ?}</li>
 * </ol>
 * {@link #loadSubtree} reads one objective and what lies below it, level by level (one statement per level of the
 * tree and per 1,000 objectives of a level), then the key results and check-ins of those objectives.
 */
public interface CompanyReadRepository {

    /** Every objective of the cycle with its key results and their check-ins; an unknown cycle reads as empty. */
    CompanyCycleData loadCycle(CycleId cycleId);

    /**
     * The objective {@code root} and the objectives of the cycle below it (its children, their children, ...), with
     * their key results and check-ins. Empty if {@code root} is not an objective of the cycle.
     */
    CompanyCycleData loadSubtree(CycleId cycleId, ObjectiveId root);
}
