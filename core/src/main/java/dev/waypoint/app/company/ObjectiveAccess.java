package dev.waypoint.app.company;

import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.ProjectKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link OkrAccess}'s answers for the many objectives of one company page, each asked once per kind of objective:
 * whether the viewer may see or change an objective depends only on its level, its project and whether the viewer
 * owns it (the rules are {@link dev.waypoint.access.OkrPermissions}'), and a cycle of 20,000 objectives has a few
 * dozen such kinds. Not thread-safe: one instance per request.
 */
final class ObjectiveAccess {

    /** What the rules look at. */
    private record Kind(ObjectiveLevel level, ProjectKey project, boolean owned) {
    }

    private final OkrAccess access;
    private final Map<Kind, Boolean> viewable = new HashMap<>();
    private final Map<Kind, Boolean> editable = new HashMap<>();

    ObjectiveAccess(OkrAccess access) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
    }

    private Kind kindOf(Objective objective) {
        boolean owned = access.viewer().map(viewer -> viewer.equals(objective.owner())).orElse(false);
        return new Kind(objective.level(), objective.project(), owned);
    }

    boolean canView(Objective objective) {
        return viewable.computeIfAbsent(kindOf(objective), kind -> access.canView(objective));
    }

    /** Whether the viewer may change the objective (its fields, its parent) or delete it. */
    boolean canEdit(Objective objective) {
        return editable.computeIfAbsent(kindOf(objective), kind -> access.canEdit(objective));
    }
}
