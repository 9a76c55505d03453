package dev.waypoint.app.progress;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The project page of one viewer: the cycles to choose from, and for the chosen one the objectives they may see with
 * every number computed over what they may see (the disclosure rule), and what they may do. Nothing may change in a
 * closed cycle, so its items carry no action.
 *
 * @param selected           the chosen cycle, {@code null} when there is none at all
 * @param overview           {@code null} exactly when {@code selected} is
 * @param kpiFormats         how the KPIs that visible key results are bound to show their values
 * @param canCreateObjective whether the viewer may add a team objective of this project (as its owner)
 * @param canManageCycles    whether the viewer may create and close cycles
 * @param editable           objectives the viewer may change, delete and add key results to
 * @param editableKeyResults key results the viewer may change and delete
 * @param checkInKeyResults  key results the viewer may check in on and link issues to
 * @param refreshable        key results the viewer may "refresh now" (automatic ones they may check in on, in a cycle
 *                           that has started)
 * @param people             the display names of the viewer and of the owners on the page; users the host no longer
 *                           knows are absent
 * @param kpiNames           the names of the KPIs visible key results are bound to (a KPI the viewer may not see is
 *                           absent)
 * @param canChooseOwner     whether the viewer may give items of this project owners other than themselves (project
 *                           administrators); others create and keep items they own
 * @param canSetJqlForOthers whether the viewer may give a key result a JQL count run as someone else (Jira
 *                           administrators)
 * @param viewer             the viewer
 */
public record ProjectPage(ProjectKey project, List<Cycle> cycles, Cycle selected, LocalDate today,
        CycleOverview overview, Map<KpiId, KpiValueFormat> kpiFormats, boolean canCreateObjective,
        boolean canManageCycles, Set<ObjectiveId> editable, Set<KeyResultId> editableKeyResults,
        Set<KeyResultId> checkInKeyResults, Set<KeyResultId> refreshable, Map<UserKey, String> people,
        Map<KpiId, String> kpiNames, boolean canChooseOwner, boolean canSetJqlForOthers, UserKey viewer) {

    public ProjectPage {
        refreshable = Set.copyOf(refreshable);
        people = Map.copyOf(people);
        kpiNames = Map.copyOf(kpiNames);
        Objects.requireNonNull(project, "'project' must not be null");
        Objects.requireNonNull(today, "'today' must not be null");
        cycles = List.copyOf(cycles);
        kpiFormats = Map.copyOf(kpiFormats);
        editable = Set.copyOf(editable);
        editableKeyResults = Set.copyOf(editableKeyResults);
        checkInKeyResults = Set.copyOf(checkInKeyResults);
        if ((selected == null) != (overview == null)) {
            throw new IllegalArgumentException("'overview' is given exactly for a selected cycle");
        }
    }
}
