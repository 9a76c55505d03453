package dev.waypoint.insight;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.objective.Objective;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the insights look at, loaded in bulk by the caller (each list one repository read). Insights are pure
 * functions of a snapshot.
 *
 * @param kpiValues      values of the KPIs since at least {@code unhealthyDays} before the KPI's latest value, per
 *                       KPI, any order
 * @param targetChanges  target changes of the last {@code targetChangeDays}
 * @param alignments     the alignments of the KPIs ({@code Objective.alignedKpis()} of {@code objectives} is used too)
 * @param cycles         every cycle (few)
 * @param objectives     the objectives of the ACTIVE cycles and of the cycles before them, plus every objective
 *                       aligned to a KPI
 * @param keyResults     the key results of {@code objectives}
 * @param checkIns       the check-ins of the current key results
 * @param initiativeCounts number of linked issues per key result (absent: none)
 * @param refreshStatuses latest refresh status per automatic key result
 */
public record InsightSnapshot(
        Instant now,
        List<Kpi> kpis,
        Map<KpiId, List<KpiValue>> kpiValues,
        List<KpiTargetChange> targetChanges,
        List<KpiAlignment> alignments,
        List<Cycle> cycles,
        List<Objective> objectives,
        List<KeyResult> keyResults,
        List<CheckIn> checkIns,
        Map<KeyResultId, Integer> initiativeCounts,
        Map<KeyResultId, KeyResultRefreshStatus> refreshStatuses) {

    public InsightSnapshot {
        Objects.requireNonNull(now, "'now' must not be null");
        kpis = List.copyOf(kpis);
        kpiValues = Map.copyOf(kpiValues);
        targetChanges = List.copyOf(targetChanges);
        alignments = List.copyOf(alignments);
        cycles = List.copyOf(cycles);
        objectives = List.copyOf(objectives);
        keyResults = List.copyOf(keyResults);
        checkIns = List.copyOf(checkIns);
        initiativeCounts = Map.copyOf(initiativeCounts);
        refreshStatuses = Map.copyOf(refreshStatuses);
    }
}
