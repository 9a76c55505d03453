package dev.waypoint.app.company.inmemory;

import dev.waypoint.app.company.CompanyCycleData;
import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link CompanyReadRepository} over the OKR repositories (in-memory fakes in core's tests), for the read models'
 * tests and as the reference of the contract test. Statement counts do not matter here.
 */
public final class PortCompanyReadRepository implements CompanyReadRepository {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;

    public PortCompanyReadRepository(ObjectiveRepository objectives, KeyResultRepository keyResults,
            CheckInRepository checkIns) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
    }

    @Override
    public CompanyCycleData loadCycle(CycleId cycleId) {
        return withKeyResults(objectives.findByCycleIds(List.of(cycleId)));
    }

    @Override
    public CompanyCycleData loadSubtree(CycleId cycleId, ObjectiveId root) {
        List<Objective> found = new ArrayList<>(objectives.findById(root)
                .filter(o -> o.cycleId().equals(cycleId)).stream().toList());
        Set<ObjectiveId> seen = new HashSet<>(found.stream().map(Objective::id).toList());
        List<ObjectiveId> frontier = List.copyOf(seen);
        while (!frontier.isEmpty()) {
            List<Objective> children = objectives.findByParentIds(frontier).stream()
                    .filter(o -> o.cycleId().equals(cycleId) && seen.add(o.id())).toList();
            found.addAll(children);
            frontier = children.stream().map(Objective::id).toList();
        }
        return withKeyResults(found);
    }

    private CompanyCycleData withKeyResults(List<Objective> found) {
        List<KeyResult> rows = keyResults.findByObjectiveIds(found.stream().map(Objective::id).toList());
        return CompanyCycleData.of(found, rows, checkIns.findByKeyResultIds(rows.stream().map(KeyResult::id).toList()));
    }
}
