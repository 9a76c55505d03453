package dev.waypoint.jira.rest.insight;

import dev.waypoint.access.Scope;
import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.insight.InsightSnapshot;
import dev.waypoint.jira.rest.kpi.KpiGuard;
import dev.waypoint.jira.rest.kpi.KpiStorage;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link InsightSnapshot} of one scope (a project, or the company: global KPIs and objectives without a
 * project) in at most {@value #MAX_READS} repository calls, whatever the number of KPIs, objectives or key results
 * (DESIGN §6):
 * <ol>
 *   <li>every cycle (few);</li>
 *   <li>every KPI (a few hundred per instance), kept if in the scope;</li>
 *   <li>their values of the last {@code unhealthyDays + 31} days, so that "unhealthy for N days" sees the value
 *       before the streak;</li>
 *   <li>the latest value of KPIs without a value in that window (skipped when there is none);</li>
 *   <li>their target changes of the last {@code targetChangeDays};</li>
 *   <li>their alignments;</li>
 *   <li>the scope's objectives of the ACTIVE cycles and of the two previous cycles of similar length of each (what
 *       "business as usual" compares; the rule of {@code dev.waypoint.insight.BusinessAsUsual});</li>
 *   <li>the objectives aligned to the KPIs that are not loaded yet, of any scope, only to tell whether an ACTIVE
 *       objective is aligned (skipped when there is none);</li>
 *   <li>the key results of the scope's objectives;</li>
 *   <li>the check-ins, 11. initiative counts and 12. refresh statuses of the current key results (those of DRAFT or
 *       ACTIVE objectives in ACTIVE cycles).</li>
 * </ol>
 */
@Component
public class InsightSnapshotLoader {

    /** Most repository calls of one {@link #load}. */
    public static final int MAX_READS = 12;

    /** Cycles compared by "business as usual": the two previous ones of similar length (within 20 % of the days). */
    private static final int PREVIOUS_CYCLES = 2;
    private static final double SIMILAR_LENGTH = 0.2;
    /** Days of values read before the unhealthy streak: enough for the latest value before it (refresh <= 7 days). */
    private static final int LOOK_BACK_DAYS = 31;

    private final KpiStorage kpiStorage;
    private final OkrStorage okrStorage;
    private final Clock clock;

    @Inject
    public InsightSnapshotLoader(KpiStorage kpiStorage, OkrStorage okrStorage, Clock clock) {
        this.kpiStorage = Objects.requireNonNull(kpiStorage, "'kpiStorage' must not be null");
        this.okrStorage = Objects.requireNonNull(okrStorage, "'okrStorage' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** The snapshot of {@code scope}; the caller has checked that its viewer may see the scope. */
    public InsightSnapshot load(Scope scope, InsightSettings settings) {
        Instant now = clock.instant();
        List<Cycle> cycles = okrStorage.cycles().findAll();
        List<Kpi> kpis = kpiStorage.kpis().findAll().stream().filter(k -> KpiGuard.scopeOf(k).equals(scope)).toList();
        List<KpiId> kpiIds = kpis.stream().map(Kpi::id).toList();
        Map<KpiId, List<KpiValue>> values = values(kpiIds, now, settings);
        List<KpiTargetChange> targetChanges = kpiStorage.targetChanges()
                .findSince(kpiIds, now.minus(Duration.ofDays(settings.targetChangeDays())));
        List<KpiAlignment> alignments = kpiStorage.alignments().findByKpiIds(kpiIds);

        List<CycleId> compared = comparedCycles(cycles);
        List<Objective> inScope = okrStorage.objectives().findByCycleIds(compared).stream()
                .filter(o -> OkrGuard.scopeOf(o).equals(scope))
                .toList();
        List<Objective> objectives = new ArrayList<>(inScope);
        Set<ObjectiveId> loaded = inScope.stream().map(Objective::id).collect(Collectors.toSet());
        Set<ObjectiveId> alignedElsewhere = alignments.stream().map(KpiAlignment::objectiveId)
                .filter(id -> !loaded.contains(id)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!alignedElsewhere.isEmpty()) {
            objectives.addAll(okrStorage.objectives().findByIds(alignedElsewhere));
        }

        List<KeyResult> keyResults = okrStorage.keyResults().findByObjectiveIds(loaded);
        Set<ObjectiveId> current = currentObjectives(inScope, cycles);
        List<KeyResultId> currentKeyResults = keyResults.stream().filter(k -> current.contains(k.objectiveId()))
                .map(KeyResult::id).toList();
        List<CheckIn> checkIns = okrStorage.checkIns().findByKeyResultIds(currentKeyResults);
        Map<KeyResultId, Integer> initiativeCounts = okrStorage.initiatives().countByKeyResultIds(currentKeyResults);
        Map<KeyResultId, KeyResultRefreshStatus> statuses = kpiStorage.keyResultStatuses()
                .findByKeyResultIds(currentKeyResults);
        return new InsightSnapshot(now, kpis, values, targetChanges, alignments, cycles, objectives, keyResults,
                checkIns, initiativeCounts, statuses);
    }

    private Map<KpiId, List<KpiValue>> values(List<KpiId> kpiIds, Instant now, InsightSettings settings) {
        Instant from = now.minus(Duration.ofDays(settings.unhealthyDays() + (long) LOOK_BACK_DAYS));
        Map<KpiId, List<KpiValue>> values = new HashMap<>(kpiStorage.values().findBetween(kpiIds, from,
                now.plus(Duration.ofDays(1))));
        List<KpiId> withoutRecent = kpiIds.stream().filter(id -> !values.containsKey(id)).toList();
        if (!withoutRecent.isEmpty()) {
            kpiStorage.values().findLatest(withoutRecent).forEach((id, value) -> values.put(id, List.of(value)));
        }
        return values;
    }

    /** The ACTIVE cycles and, for each, its previous cycles of similar length. */
    static List<CycleId> comparedCycles(List<Cycle> cycles) {
        Set<CycleId> ids = new LinkedHashSet<>();
        for (Cycle active : cycles) {
            if (active.state() != CycleState.ACTIVE) {
                continue;
            }
            ids.add(active.id());
            long days = active.lengthInDays();
            cycles.stream()
                    .filter(c -> c.end().isBefore(active.start()))
                    .filter(c -> Math.abs(c.lengthInDays() - days) <= SIMILAR_LENGTH * days)
                    .sorted(Comparator.comparing(Cycle::end).reversed())
                    .limit(PREVIOUS_CYCLES)
                    .forEach(c -> ids.add(c.id()));
        }
        return List.copyOf(ids);
    }

    /** DRAFT or ACTIVE objectives of ACTIVE cycles: those whose key results the check-in rules look at. */
    private static Set<ObjectiveId> currentObjectives(List<Objective> objectives, List<Cycle> cycles) {
        Set<CycleId> active = cycles.stream().filter(c -> c.state() == CycleState.ACTIVE).map(Cycle::id)
                .collect(Collectors.toSet());
        return objectives.stream()
                .filter(o -> o.state() == ObjectiveState.ACTIVE || o.state() == ObjectiveState.DRAFT)
                .filter(o -> active.contains(o.cycleId()))
                .map(Objective::id)
                .collect(Collectors.toSet());
    }
}
