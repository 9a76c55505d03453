package dev.waypoint.access;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Permissions} applied to objectives and key results: which {@link Scope} an objective lives in, who sees and
 * who changes it. Every use case on OKRs asks this class, and nothing else decides.
 *
 * <p><b>Scopes.</b> A COMPANY objective lives in the company scope; a TEAM objective, and an INDIVIDUAL objective with
 * a project, in its project's scope. An INDIVIDUAL objective <em>without</em> a project is a personal objective in the
 * company space: whoever sees company items sees it, and it is changed by its owner and by the company managers.
 *
 * <p><b>Key results</b> live in the scope of their objective. They are changed (and deleted) by their own owner, the
 * owner of their objective and whoever may change the objective; they are added by whoever may change the objective.
 * Check-ins, initiative links and unlinks follow {@link Permissions#canCheckIn}: the key result's owner, the
 * objective's owner and the administrators of the scope. A JQL source is counted by the refresh job as the key
 * result's owner, so it is set like a KPI's JQL ({@link Permissions#canChangeKpiJql}).
 */
public final class OkrPermissions {

    private final Permissions permissions;

    public OkrPermissions(Permissions permissions) {
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /** The scope-level policy these item rules apply. */
    public Permissions scopes() {
        return permissions;
    }

    // ---------------------------------------------------------------- scopes

    public static Scope scopeOf(Objective objective) {
        return scopeOf(objective.level(), objective.project());
    }

    /** The scope an objective of this level and project lives in (see the class comment). */
    public static Scope scopeOf(ObjectiveLevel level, ProjectKey project) {
        return level == ObjectiveLevel.COMPANY || project == null ? Scope.COMPANY : Scope.project(project);
    }

    private static boolean isPersonal(ObjectiveLevel level, ProjectKey project) {
        return level == ObjectiveLevel.INDIVIDUAL && project == null;
    }

    // ---------------------------------------------------------------- questions

    public boolean canView(Optional<UserKey> viewer, Objective objective) {
        return permissions.canView(viewer, scopeOf(objective));
    }

    /** Whether the viewer may change or delete the objective (and add key results to it). */
    public boolean canEdit(Optional<UserKey> viewer, Objective objective) {
        return canEdit(viewer, objective.level(), objective.project(), objective.owner());
    }

    /** Whether the viewer may create (or turn an objective into) one of this level, project and owner. */
    public boolean canEdit(Optional<UserKey> viewer, ObjectiveLevel level, ProjectKey project, UserKey owner) {
        Scope scope = scopeOf(level, project);
        if (isPersonal(level, project)) {
            return permissions.canView(viewer, scope)
                    && (viewer.isPresent() && viewer.get().equals(owner) || permissions.canManageCompany(viewer));
        }
        return permissions.canEdit(viewer, scope, owner);
    }

    /** Whether the viewer may change or delete the key result. */
    public boolean canEdit(Optional<UserKey> viewer, Objective objective, KeyResult keyResult) {
        boolean keyResultOwner = viewer.isPresent() && viewer.get().equals(keyResult.owner());
        return canEdit(viewer, objective) || keyResultOwner && canView(viewer, objective);
    }

    /** Whether the viewer may check in on the key result, correct or delete its check-ins, and link its issues. */
    public boolean canCheckIn(Optional<UserKey> viewer, Objective objective, KeyResult keyResult) {
        return permissions.canCheckIn(viewer, scopeOf(objective), keyResult.owner(), objective.owner());
    }

    /**
     * Whether the viewer may correct or delete a check-in of the key result: one they wrote themselves while they may
     * check in on it, or anyone's as an administrator of its scope. Values of the refresh job (no author) change with
     * their source, not by hand.
     */
    public boolean canChangeCheckIn(Optional<UserKey> viewer, Objective objective, KeyResult keyResult,
            UserKey checkInAuthor) {
        if (checkInAuthor == null || !canCheckIn(viewer, objective, keyResult)) {
            return false;
        }
        return viewer.isPresent() && viewer.get().equals(checkInAuthor)
                || permissions.administers(viewer, scopeOf(objective));
    }

    /** @throws AccessDeniedException (403) unless {@link #canChangeCheckIn} */
    public void requireChangeCheckIn(Optional<UserKey> viewer, Objective objective, KeyResult keyResult,
            UserKey checkInAuthor) {
        requireCheckIn(viewer, objective, keyResult);
        if (!canChangeCheckIn(viewer, objective, keyResult, checkInAuthor)) {
            throw AccessDeniedException.denied(AccessMessages.CHECK_IN_CHANGE);
        }
    }

    /**
     * Whether the viewer may give objectives and key results of this scope owners other than themselves: the scope's
     * administrators (anyone else may only create and keep items they own, DESIGN §5).
     */
    public boolean canChooseOwner(Optional<UserKey> viewer, Scope scope) {
        return permissions.administers(viewer, scope);
    }

    /** Whether the viewer may give a key result of the objective a JQL source counted as {@code owner}. */
    public boolean canSetJql(Optional<UserKey> viewer, Objective objective, UserKey owner) {
        return permissions.canChangeKpiJql(viewer, scopeOf(objective), owner);
    }

    // ---------------------------------------------------------------- requirements

    /**
     * @throws AccessDeniedException if nobody is logged in or the user has no licence
     * @throws NotFoundException     if the viewer may not see the objective (so that the answer does not tell that
     *                               it exists)
     */
    public void requireVisible(Optional<UserKey> viewer, Objective objective, String entity, Object id) {
        permissions.requireVisible(viewer, scopeOf(objective), entity, id);
    }

    /** @throws AccessDeniedException (401, 403) unless {@link #canEdit(Optional, Objective)} */
    public void requireEdit(Optional<UserKey> viewer, Objective objective) {
        requireEdit(viewer, objective.level(), objective.project(), objective.owner());
    }

    /** @throws AccessDeniedException (401, 403) unless {@link #canEdit(Optional, ObjectiveLevel, ProjectKey, UserKey)} */
    public void requireEdit(Optional<UserKey> viewer, ObjectiveLevel level, ProjectKey project, UserKey owner) {
        Scope scope = scopeOf(level, project);
        permissions.requireView(viewer, scope);
        if (!canEdit(viewer, level, project, owner)) {
            throw denied(scope);
        }
    }

    /** @throws AccessDeniedException (403) unless {@link #canEdit(Optional, Objective, KeyResult)} */
    public void requireEdit(Optional<UserKey> viewer, Objective objective, KeyResult keyResult) {
        if (!canEdit(viewer, objective, keyResult)) {
            throw denied(scopeOf(objective));
        }
    }

    /** @throws AccessDeniedException (403) unless {@link #canCheckIn} */
    public void requireCheckIn(Optional<UserKey> viewer, Objective objective, KeyResult keyResult) {
        permissions.requireCheckIn(viewer, scopeOf(objective), keyResult.owner(), objective.owner());
    }

    /** @throws AccessDeniedException (403) unless {@link #canSetJql} */
    public void requireSetJql(Optional<UserKey> viewer, Objective objective, UserKey owner) {
        permissions.requireChangeKpiJql(viewer, scopeOf(objective), owner);
    }

    private static AccessDeniedException denied(Scope scope) {
        return scope instanceof Scope.Project project
                ? AccessDeniedException.denied(AccessMessages.EDIT_PROJECT, project.key())
                : AccessDeniedException.denied(AccessMessages.EDIT_COMPANY);
    }
}
