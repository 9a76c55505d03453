package dev.waypoint.app.okr;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveService;
import dev.waypoint.objective.UpdateObjective;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces every editable field of an objective. The viewer must be allowed to change it where it is, and where it
 * goes (another scope or owner is like creating it there); a new parent must be visible, newly aligned KPIs too. KPIs
 * aligned before that the viewer may not see stay aligned: the viewer was never shown them, so they cannot have meant
 * to remove them.
 */
public final class ChangingObjective {

    private final OkrAccess access;
    private final KpiReferences kpis;
    private final ObjectiveService objectives;

    public ChangingObjective(OkrAccess access, KpiReferences kpis, ObjectiveService objectives) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException every bad field
     * @throws dev.waypoint.access.AccessDeniedException not allowed to change it, or to move it there
     * @throws dev.waypoint.shared.NotFoundException     no such objective (or invisible), cycle or parent
     * @throws dev.waypoint.shared.ConflictException     changed since {@code version}, or its cycle is closed
     */
    public ObjectiveView change(UpdateObjective command) {
        Objective existing = access.objective(command.id()).objective();
        access.permissions().requireEdit(access.viewer(), existing);
        ObjectiveScopeInput scope = ObjectiveScopeInput.of(command);
        access.permissions().requireEdit(access.viewer(), scope.level(), scope.project(), command.owner());
        if (command.parentId() != null) {
            access.objective(command.parentId());
        }
        UpdateObjective keepingHidden = command;
        if (command.alignedKpis() != null) {
            Set<KpiId> before = existing.alignedKpis();
            kpis.require(access.viewer(), "alignedKpis",
                    command.alignedKpis().stream().filter(id -> !before.contains(id)).toList());
            Set<KpiId> visibleBefore = kpis.visible(access.viewer(), before);
            Set<KpiId> aligned = new HashSet<>(command.alignedKpis());
            before.stream().filter(id -> !visibleBefore.contains(id)).forEach(aligned::add);
            keepingHidden = command.withAlignedKpis(aligned);
        }
        Objective updated = objectives.update(keepingHidden);
        return new ObjectiveView(updated, access.canEdit(updated), kpis.visible(access.viewer(),
                updated.alignedKpis()));
    }
}
