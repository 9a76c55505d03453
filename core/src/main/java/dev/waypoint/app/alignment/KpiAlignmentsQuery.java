package dev.waypoint.app.alignment;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.app.progress.ViewerVisibility;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.progress.Visibility;
import dev.waypoint.shared.ProjectKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The objectives aligned to a KPI with their progress, and the objectives the viewer could align to it (a KPI page's
 * "aligned objectives"). Each aligned objective is scored in its cycle over every objective of that cycle the viewer
 * may see (so objectives aligned below it count, as in the company view of the OKR progress item), hidden key results
 * by title only (DESIGN §5). Reads, whatever the number of objectives: the KPI (one, one more per level of composite
 * nesting), its alignments, every cycle, the aligned objectives, the objectives of their cycles and of the open ones,
 * the key results of the aligned objectives' cycles, the disclosure decision (one to three), their check-ins and
 * initiative counts, and the KPIs the shown key results are bound to (for their values' format; one or two).
 */
public final class KpiAlignmentsQuery {

    /** Core's snapshot carries a project key as a label only; this one stands for "every project". */
    private static final ProjectKey ALL_PROJECTS = new ProjectKey("ALL");

    private static final Comparator<Cycle> LATEST_FIRST = Comparator.comparing(Cycle::start).reversed()
            .thenComparing(c -> c.id().value());

    private final KpiAccess kpis;
    private final OkrAccess okrs;
    private final ViewerVisibility visibility;
    private final OkrReadService reads;
    private final KpiAlignmentRepository alignments;
    private final CycleRepository cycles;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final InitiativeRepository initiatives;

    public KpiAlignmentsQuery(KpiAccess kpis, OkrAccess okrs, ViewerVisibility visibility, OkrReadService reads,
            KpiAlignmentRepository alignments, CycleRepository cycles, ObjectiveRepository objectives,
            KeyResultRepository keyResults, CheckInRepository checkIns, InitiativeRepository initiatives) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.okrs = Objects.requireNonNull(okrs, "'okrs' must not be null");
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     */
    public KpiAlignments of(KpiId kpiId) {
        Kpi kpi = kpis.kpi(kpiId);
        Set<ObjectiveId> alignedIds = alignments.findByKpiIds(List.of(kpi.id())).stream()
                .map(KpiAlignment::objectiveId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<CycleId, Cycle> cyclesById = cycles.findAll().stream()
                .collect(Collectors.toMap(Cycle::id, Function.identity()));
        List<Objective> aligned = alignedIds.isEmpty() ? List.of()
                : objectives.findByIds(alignedIds).stream().filter(okrs::canView).toList();
        Set<CycleId> alignedCycles = aligned.stream().map(Objective::cycleId).collect(Collectors.toSet());
        Set<CycleId> read = new LinkedHashSet<>(alignedCycles);
        cyclesById.values().stream().filter(c -> !c.isClosed()).forEach(c -> read.add(c.id()));
        List<Objective> visible = read.isEmpty() ? List.of()
                : objectives.findByCycleIds(read).stream().filter(okrs::canView).toList();
        return new KpiAlignments(scored(aligned, visible, alignedCycles, cyclesById),
                alignable(kpi, alignedIds, visible, cyclesById));
    }

    private List<KpiAlignments.Aligned> scored(List<Objective> aligned, List<Objective> visible,
            Set<CycleId> alignedCycles, Map<CycleId, Cycle> cyclesById) {
        if (aligned.isEmpty()) {
            return List.of();
        }
        List<Objective> inScoredCycles = visible.stream().filter(o -> alignedCycles.contains(o.cycleId())).toList();
        Map<ObjectiveId, Objective> byId = inScoredCycles.stream()
                .collect(Collectors.toMap(Objective::id, Function.identity()));
        List<KeyResult> theirs = keyResults.findByObjectiveIds(byId.keySet());
        Visibility seen = visibility.of(inScoredCycles, theirs);
        List<KeyResultId> shown = theirs.stream().map(KeyResult::id).filter(id -> !seen.hidden().contains(id))
                .toList();
        List<CheckIn> history = shown.isEmpty() ? List.of() : checkIns.findByKeyResultIds(shown);
        Map<KeyResultId, Integer> counts = shown.isEmpty() ? Map.of() : initiatives.countByKeyResultIds(shown);
        Map<ObjectiveId, ObjectiveStatus> statuses = new HashMap<>();
        for (CycleId cycleId : alignedCycles) {
            List<Objective> ofCycle = inScoredCycles.stream().filter(o -> o.cycleId().equals(cycleId)).toList();
            Set<ObjectiveId> ids = ofCycle.stream().map(Objective::id).collect(Collectors.toSet());
            List<KeyResult> krs = theirs.stream().filter(k -> ids.contains(k.objectiveId())).toList();
            Set<KeyResultId> krIds = krs.stream().map(KeyResult::id).collect(Collectors.toSet());
            CycleSnapshot snapshot = CycleSnapshot.of(cycleId, ALL_PROJECTS, ofCycle, krs,
                    history.stream().filter(c -> krIds.contains(c.keyResultId())).toList(), counts);
            CycleOverview overview = reads.overview(cyclesById.get(cycleId), snapshot, seen);
            overview.objectives().forEach(status -> statuses.put(status.objective().id(), status));
        }
        Map<KpiId, Kpi> boundKpis = kpis.kpis().find(kpis.viewer(), aligned.stream()
                .map(o -> statuses.get(o.id())).filter(Objects::nonNull)
                .flatMap(s -> s.keyResults().stream()).filter(k -> !k.hidden())
                .map(k -> k.keyResult().source()).filter(ValueSource.Kpi.class::isInstance)
                .map(source -> ((ValueSource.Kpi) source).kpiId()).distinct().toList());
        List<KpiAlignments.Aligned> result = new ArrayList<>();
        for (Objective objective : aligned) {
            ObjectiveStatus status = statuses.get(objective.id());
            Cycle cycle = cyclesById.get(objective.cycleId());
            if (status == null || cycle == null) {
                continue;
            }
            Map<KeyResultId, DrillDown> drillDown = new HashMap<>();
            Map<KeyResultId, KpiValueFormat> formats = new HashMap<>();
            for (KeyResultStatus keyResult : status.keyResults()) {
                DrillDown query = keyResult.hidden() ? null : DrillDown.of(keyResult.keyResult(), objective);
                if (query != null) {
                    drillDown.put(keyResult.keyResult().id(), query);
                }
                if (!keyResult.hidden() && keyResult.keyResult().source() instanceof ValueSource.Kpi bound
                        && boundKpis.containsKey(bound.kpiId())) {
                    formats.put(keyResult.keyResult().id(), KpiValueFormat.of(boundKpis.get(bound.kpiId())));
                }
            }
            result.add(new KpiAlignments.Aligned(status, cycle, !cycle.isClosed() && okrs.canEdit(objective),
                    drillDown, formats));
        }
        result.sort(Comparator.comparing(KpiAlignments.Aligned::cycle, LATEST_FIRST)
                .thenComparing(a -> a.status().objective().id().value()));
        return result;
    }

    private List<KpiAlignments.Alignable> alignable(Kpi kpi, Set<ObjectiveId> alignedIds, List<Objective> visible,
            Map<CycleId, Cycle> cyclesById) {
        return visible.stream()
                .filter(o -> !alignedIds.contains(o.id()))
                .filter(o -> o.state() == ObjectiveState.DRAFT || o.state() == ObjectiveState.ACTIVE)
                .filter(o -> kpi.project() == null || o.project() == null || kpi.project().equals(o.project()))
                .filter(o -> cyclesById.containsKey(o.cycleId()) && !cyclesById.get(o.cycleId()).isClosed())
                .filter(okrs::canEdit)
                .map(o -> new KpiAlignments.Alignable(o, cyclesById.get(o.cycleId())))
                .sorted(Comparator.comparing(KpiAlignments.Alignable::cycle, LATEST_FIRST)
                        .thenComparing(a -> a.objective().title().toLowerCase(Locale.ROOT))
                        .thenComparing(a -> a.objective().id().value()))
                .toList();
    }
}
