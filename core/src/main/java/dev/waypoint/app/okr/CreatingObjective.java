package dev.waypoint.app.okr;

import dev.waypoint.objective.CreateObjective;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveService;
import java.util.Objects;

/**
 * Creates an objective. The viewer must be allowed to write objectives of its scope with its owner (a project member
 * may create team objectives they own; company objectives need the company managers), may align it only under an
 * objective they see, and may name only KPIs they see.
 */
public final class CreatingObjective {

    private final OkrAccess access;
    private final KpiReferences kpis;
    private final ObjectiveService objectives;

    public CreatingObjective(OkrAccess access, KpiReferences kpis, ObjectiveService objectives) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException   every bad field; a KPI the viewer may not name
     * @throws dev.waypoint.access.AccessDeniedException   not logged in, or may not write in that scope
     * @throws dev.waypoint.shared.NotFoundException       the cycle or the parent does not exist or is invisible
     */
    public ObjectiveView create(CreateObjective command) {
        access.requireLicensed();
        ObjectiveScopeInput scope = ObjectiveScopeInput.of(command);
        access.permissions().requireEdit(access.viewer(), scope.level(), scope.project(), command.owner());
        if (command.parentId() != null) {
            access.objective(command.parentId());
        }
        kpis.require(access.viewer(), "alignedKpis", command.alignedKpis());
        Objective created = objectives.create(command);
        return new ObjectiveView(created, access.canEdit(created), created.alignedKpis());
    }
}
