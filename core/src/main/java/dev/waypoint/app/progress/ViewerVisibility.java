package dev.waypoint.app.progress;

import dev.waypoint.app.okr.Disclosure;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.progress.CycleSnapshot;
import dev.waypoint.progress.Visibility;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the current user may see of a cycle's snapshot: the objectives {@code OkrPermissions} lets them see, and of
 * those objectives' key results the ones the {@link Disclosure} rule hides. Every read model of OKR progress asks
 * this one place.
 */
public final class ViewerVisibility {

    private final OkrAccess access;
    private final Disclosure disclosure;

    public ViewerVisibility(OkrAccess access, Disclosure disclosure) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.disclosure = Objects.requireNonNull(disclosure, "'disclosure' must not be null");
    }

    public SeenCycle of(CycleSnapshot snapshot) {
        Seen seen = seen(snapshot.objectives(), snapshot.keyResults());
        Map<KpiId, KpiValueFormat> formats = new HashMap<>();
        Map<KpiId, String> names = new HashMap<>();
        seen.verdict().kpis().forEach((id, kpi) -> {
            formats.put(id, KpiValueFormat.of(kpi));
            names.put(id, kpi.name());
        });
        return new SeenCycle(seen.visibility(), formats, names);
    }

    /** What the current user may see of these objectives and key results. */
    public Visibility of(List<Objective> objectives, List<KeyResult> keyResults) {
        return seen(objectives, keyResults).visibility();
    }

    private record Seen(Visibility visibility, Disclosure.Verdict verdict) {
    }

    private Seen seen(List<Objective> objectives, List<KeyResult> keyResults) {
        List<Objective> visible = objectives.stream().filter(access::canView).toList();
        Set<ObjectiveId> visibleIds = visible.stream().map(Objective::id).collect(Collectors.toSet());
        List<KeyResult> theirs = keyResults.stream().filter(k -> visibleIds.contains(k.objectiveId())).toList();
        Disclosure.Verdict verdict = disclosure.forViewer(theirs, visible);
        return new Seen(new Visibility(objective -> visibleIds.contains(objective.id()), verdict.hidden()), verdict);
    }
}
