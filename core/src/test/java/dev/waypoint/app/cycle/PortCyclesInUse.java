package dev.waypoint.app.cycle;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveRepository;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link CyclesInUse} over the objective repository, for tests. */
public final class PortCyclesInUse implements CyclesInUse {

    private final ObjectiveRepository objectives;

    public PortCyclesInUse(ObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    @Override
    public Set<CycleId> withObjectives(Collection<CycleId> cycles) {
        return objectives.findByCycleIds(cycles).stream().map(Objective::cycleId).collect(Collectors.toSet());
    }
}
