package dev.waypoint.app.company;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Objectives of one cycle (all of it, or a subtree) with their key results and every check-in of those, as
 * {@link CompanyReadRepository} reads them. Immutable; no order is promised.
 *
 * @param checkIns per key result, in any order; key results without check-ins are absent
 */
public record CompanyCycleData(List<Objective> objectives, List<KeyResult> keyResults,
        Map<KeyResultId, List<CheckIn>> checkIns) {

    public static final CompanyCycleData EMPTY = new CompanyCycleData(List.of(), List.of(), Map.of());

    public CompanyCycleData {
        objectives = List.copyOf(objectives);
        keyResults = List.copyOf(keyResults);
        checkIns = Collections.unmodifiableMap(new HashMap<>(checkIns));
    }

    /** From flat rows, as an adapter reads them. */
    public static CompanyCycleData of(Collection<Objective> objectives, Collection<KeyResult> keyResults,
            Collection<CheckIn> checkIns) {
        Map<KeyResultId, List<CheckIn>> byKeyResult = new HashMap<>(keyResults.size() * 2);
        for (CheckIn checkIn : checkIns) {
            byKeyResult.computeIfAbsent(checkIn.keyResultId(), id -> new ArrayList<>(4)).add(checkIn);
        }
        byKeyResult.replaceAll((id, list) -> Collections.unmodifiableList(list));
        return new CompanyCycleData(List.copyOf(objectives), List.copyOf(keyResults), byKeyResult);
    }
}
