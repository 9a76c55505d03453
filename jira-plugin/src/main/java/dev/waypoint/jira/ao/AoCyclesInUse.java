package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.app.cycle.CyclesInUse;
import dev.waypoint.cycle.CycleId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;

/**
 * {@link CyclesInUse} on Active Objects: one count per cycle, limited to a single row ({@code CYCLE_ID = ?}, on the
 * indexed column). Cycles are few (a handful a year), so this stays small.
 */
public final class AoCyclesInUse implements CyclesInUse {

    private final ActiveObjects ao;

    public AoCyclesInUse(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public Set<CycleId> withObjectives(Collection<CycleId> cycles) {
        Set<CycleId> used = new LinkedHashSet<>();
        for (CycleId cycle : new LinkedHashSet<>(cycles)) {
            if (ao.find(AoObjective.class, Query.select("ID").where("CYCLE_ID = ?", Math.toIntExact(cycle.value()))
                    .limit(1)).length > 0) {
                used.add(cycle);
            }
        }
        return used;
    }
}
