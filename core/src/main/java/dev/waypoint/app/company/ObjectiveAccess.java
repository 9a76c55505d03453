package dev.waypoint.app.company;

import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sees and who changes an objective, for one viewer, with each scope's answer asked of {@link Permissions} once
 * (a cycle of 20,000 objectives spans a few dozen projects). The rules are those of the REST layer's {@code OkrGuard}
 * (DESIGN §5): a COMPANY objective, and an INDIVIDUAL one without project, live in the company scope; the others in
 * their project's. A personal objective (INDIVIDUAL without project) is changed by its owner and the company managers.
 * Not thread-safe: one instance per request.
 */
final class ObjectiveAccess {

    private final Permissions permissions;
    private final Optional<UserKey> viewer;
    private final Map<Scope, Boolean> viewable = new HashMap<>();
    private final Map<Scope, Boolean> administrable = new HashMap<>();

    ObjectiveAccess(Permissions permissions, Optional<UserKey> viewer) {
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.viewer = Objects.requireNonNull(viewer, "'viewer' must not be null");
    }

    static Scope scopeOf(Objective objective) {
        return scopeOf(objective.level(), objective.project());
    }

    static Scope scopeOf(ObjectiveLevel level, ProjectKey project) {
        return level == ObjectiveLevel.COMPANY || project == null ? Scope.COMPANY : Scope.project(project);
    }

    boolean canView(Objective objective) {
        return viewable.computeIfAbsent(scopeOf(objective), scope -> permissions.canView(viewer, scope));
    }

    /** Whether the viewer may change the objective (its fields, its parent) or delete it. */
    boolean canEdit(Objective objective) {
        if (!canView(objective)) {
            return false;
        }
        boolean owner = viewer.isPresent() && viewer.get().equals(objective.owner());
        if (objective.level() == ObjectiveLevel.INDIVIDUAL && objective.project() == null) {
            return owner || permissions.canManageCompany(viewer);
        }
        Scope scope = scopeOf(objective);
        return scope instanceof Scope.Project && owner
                || administrable.computeIfAbsent(scope, s -> permissions.canEdit(viewer, s, null));
    }
}
