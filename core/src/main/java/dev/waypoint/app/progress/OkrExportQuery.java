package dev.waypoint.app.progress;

import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.Visibility;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import java.util.List;
import java.util.Objects;

/**
 * Reads a cycle's OKRs for the CSV export, optionally of one project only: the cycle, its objectives, their key
 * results and the check-ins the viewer may see (four bulk reads, plus the disclosure rule's), whatever the size.
 */
public final class OkrExportQuery {

    private final ViewerVisibility visibility;
    private final CycleRepository cycles;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final OkrAccess access;

    public OkrExportQuery(OkrAccess access, ViewerVisibility visibility, CycleRepository cycles,
            ObjectiveRepository objectives, KeyResultRepository keyResults, CheckInRepository checkIns) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.visibility = Objects.requireNonNull(visibility, "'visibility' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
    }

    /**
     * @param project only this project's objectives; {@code null}: all the viewer may see
     * @throws NotFoundException if there is no such cycle
     */
    public OkrExport export(CycleId cycleId, ProjectKey project) {
        access.requireLicensed();
        Cycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("Cycle", cycleId));
        List<Objective> ofCycle = objectives.findByCycleIds(List.of(cycleId)).stream()
                .filter(o -> project == null || project.equals(o.project()))
                .filter(access::canView)
                .toList();
        List<KeyResult> theirs = keyResults.findByObjectiveIds(ofCycle.stream().map(Objective::id).toList());
        Visibility seen = visibility.of(ofCycle, theirs);
        List<KeyResultId> shown = theirs.stream().map(KeyResult::id).filter(id -> !seen.hidden().contains(id))
                .toList();
        return new OkrExport(cycle, ofCycle, theirs, shown.isEmpty() ? List.of() : checkIns.findByKeyResultIds(shown),
                seen.hidden());
    }
}
