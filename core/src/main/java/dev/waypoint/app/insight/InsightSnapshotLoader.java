package dev.waypoint.app.insight;

import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.access.Scope;
import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.insight.InsightSnapshot;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
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
public class InsightSnapshotLoader {

    /** Most repository calls of one {@link #load}. */
    public static final int MAX_READS = 12;

    /** Cycles compared by "business as usual": the two previous ones of similar length (within 20 % of the days). */
    private static final int PREVIOUS_CYCLES = 2;
    private static final double SIMILAR_LENGTH = 0.2;
    /** Days of values read before the unhealthy streak: enough for the latest value before it (refresh <= 7 days). */
    private static final int LOOK_BACK_DAYS = 31;

    private final CycleRepository cycles;
    private final KpiRepository kpis;
    private final KpiValueRepository values;
    private final KpiTargetChangeRepository targetChanges;
    private final KpiAlignmentRepository alignments;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final InitiativeRepository initiatives;
    private final KeyResultRefreshStatusRepository statuses;
    private final Clock clock;

    public InsightSnapshotLoader(CycleRepository cycles, KpiRepository kpis, KpiValueRepository values,
            KpiTargetChangeRepository targetChanges, KpiAlignmentRepository alignments, ObjectiveRepository objectives,
            KeyResultRepository keyResults, CheckInRepository checkIns, InitiativeRepository initiatives,
            KeyResultRefreshStatusRepository statuses, Clock clock) {
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.targetChanges = Objects.requireNonNull(targetChanges, "'targetChanges' must not be null");
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.statuses = Objects.requireNonNull(statuses, "'statuses' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** The snapshot of {@code scope}; the caller has checked that its viewer may see the scope. */
    public InsightSnapshot load(Scope scope, InsightSettings settings) {
        Instant now = clock.instant();
        List<Cycle> allCycles = this.cycles.findAll();
        List<Kpi> inScopeKpis = kpis.findAll().stream().filter(k -> KpiPermissions.scopeOf(k).equals(scope)).toList();
        List<KpiId> kpiIds = inScopeKpis.stream().map(Kpi::id).toList();
        Map<KpiId, List<KpiValue>> recent = values(kpiIds, now, settings);
        List<KpiTargetChange> changes = targetChanges
                .findSince(kpiIds, now.minus(Duration.ofDays(settings.targetChangeDays())));
        List<KpiAlignment> aligned = alignments.findByKpiIds(kpiIds);

        List<CycleId> compared = comparedCycles(allCycles);
        List<Objective> inScope = objectives.findByCycleIds(compared).stream()
                .filter(o -> OkrPermissions.scopeOf(o).equals(scope))
                .toList();
        List<Objective> loadedObjectives = new ArrayList<>(inScope);
        Set<ObjectiveId> loaded = inScope.stream().map(Objective::id).collect(Collectors.toSet());
        Set<ObjectiveId> alignedElsewhere = aligned.stream().map(KpiAlignment::objectiveId)
                .filter(id -> !loaded.contains(id)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!alignedElsewhere.isEmpty()) {
            loadedObjectives.addAll(objectives.findByIds(alignedElsewhere));
        }

        List<KeyResult> loadedKeyResults = keyResults.findByObjectiveIds(loaded);
        Set<ObjectiveId> current = currentObjectives(inScope, allCycles);
        List<KeyResultId> currentKeyResults = loadedKeyResults.stream().filter(k -> current.contains(k.objectiveId()))
                .map(KeyResult::id).toList();
        List<CheckIn> history = checkIns.findByKeyResultIds(currentKeyResults);
        Map<KeyResultId, Integer> initiativeCounts = initiatives.countByKeyResultIds(currentKeyResults);
        Map<KeyResultId, KeyResultRefreshStatus> refreshed = statuses.findByKeyResultIds(currentKeyResults);
        return new InsightSnapshot(now, inScopeKpis, recent, changes, aligned, allCycles, loadedObjectives,
                loadedKeyResults, history, initiativeCounts, refreshed);
    }

    private Map<KpiId, List<KpiValue>> values(List<KpiId> kpiIds, Instant now, InsightSettings settings) {
        Instant from = now.minus(Duration.ofDays(settings.unhealthyDays() + (long) LOOK_BACK_DAYS));
        Map<KpiId, List<KpiValue>> found = new HashMap<>(values.findBetween(kpiIds, from,
                now.plus(Duration.ofDays(1))));
        List<KpiId> withoutRecent = kpiIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!withoutRecent.isEmpty()) {
            values.findLatest(withoutRecent).forEach((id, value) -> found.put(id, List.of(value)));
        }
        return found;
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
