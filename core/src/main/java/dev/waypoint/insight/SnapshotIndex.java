package dev.waypoint.insight;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookups over an {@link InsightSnapshot} shared by the insight rules. */
final class SnapshotIndex {

    private final InsightSnapshot snapshot;
    private final Map<CycleId, Cycle> cycles;
    private final Map<ObjectiveId, Objective> objectives;
    private final Set<KpiId> kpisWithActiveObjective = new HashSet<>();
    private final Map<KeyResultId, Instant> lastManualCheckIn = new HashMap<>();

    SnapshotIndex(InsightSnapshot snapshot) {
        this.snapshot = snapshot;
        this.cycles = snapshot.cycles().stream().collect(Collectors.toMap(Cycle::id, Function.identity()));
        this.objectives = snapshot.objectives().stream()
                .collect(Collectors.toMap(Objective::id, Function.identity(), (a, b) -> a));
        for (Objective objective : snapshot.objectives()) {
            if (objective.state() == ObjectiveState.ACTIVE) {
                kpisWithActiveObjective.addAll(objective.alignedKpis());
            }
        }
        for (KpiAlignment alignment : snapshot.alignments()) {
            Objective objective = objectives.get(alignment.objectiveId());
            if (objective != null && objective.state() == ObjectiveState.ACTIVE) {
                kpisWithActiveObjective.add(alignment.kpiId());
            }
        }
        for (CheckIn checkIn : snapshot.checkIns()) {
            if (checkIn.origin() == CheckInOrigin.MANUAL) {
                lastManualCheckIn.merge(checkIn.keyResultId(), checkIn.createdAt(),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    InsightSnapshot snapshot() {
        return snapshot;
    }

    boolean hasActiveAlignedObjective(KpiId kpiId) {
        return kpisWithActiveObjective.contains(kpiId);
    }

    Optional<Cycle> cycle(CycleId id) {
        return Optional.ofNullable(cycles.get(id));
    }

    Optional<Objective> objective(ObjectiveId id) {
        return Optional.ofNullable(objectives.get(id));
    }

    /** DRAFT or ACTIVE objectives of ACTIVE cycles. */
    boolean isCurrent(Objective objective) {
        return (objective.state() == ObjectiveState.ACTIVE || objective.state() == ObjectiveState.DRAFT)
                && cycle(objective.cycleId()).map(c -> c.state() == CycleState.ACTIVE).orElse(false);
    }

    List<Objective> currentObjectives() {
        return snapshot.objectives().stream().filter(this::isCurrent).toList();
    }

    /** Key results of current objectives, with their objective. */
    List<KeyResult> currentKeyResults() {
        return snapshot.keyResults().stream()
                .filter(kr -> objective(kr.objectiveId()).map(this::isCurrent).orElse(false))
                .toList();
    }

    Optional<Instant> lastManualCheckIn(KeyResultId id) {
        return Optional.ofNullable(lastManualCheckIn.get(id));
    }
}
