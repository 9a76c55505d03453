package dev.waypoint.jira.rest.objective;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.AccessMessages;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The security model of DESIGN §5 applied to objectives and key results, for every OKR resource: which
 * {@link Scope} an objective lives in, who sees and who changes it, and lookups that answer 404 for items the caller
 * may not see ({@link Permissions#requireVisible}).
 *
 * <p><b>Scopes.</b> A COMPANY objective lives in the company scope; a TEAM objective, and an INDIVIDUAL objective with
 * a project, in its project's scope. An INDIVIDUAL objective <em>without</em> a project is a personal objective in the
 * company space: whoever sees company items sees it (scope COMPANY), and it is changed by its owner and by the company
 * managers (Jira admins and the company group). Without that owner rule nobody but the company managers could edit
 * their own personal objective, which {@code Permissions#canEdit} alone would give for the company scope.
 *
 * <p><b>Key results</b> live in the scope of their objective. They are changed (and deleted) by their own owner, the
 * owner of their objective and whoever may change the objective; they are added by whoever may change the objective.
 * Check-ins, initiative links and unlinks follow {@link Permissions#canCheckIn}: the key result's owner, the
 * objective's owner and the administrators of the scope.
 */
@Component
public final class OkrGuard {

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;

    @Inject
    public OkrGuard(CurrentUser currentUser, Permissions permissions, ObjectiveRepository objectives,
            KeyResultRepository keyResults) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
    }

    /** A key result with its objective, both visible to the caller. */
    public record VisibleKeyResult(KeyResult keyResult, Objective objective) {
    }

    public Optional<UserKey> viewer() {
        return currentUser.key();
    }

    public Permissions permissions() {
        return permissions;
    }

    /** @throws AccessDeniedException 401 for nobody, 403 for a user without licence */
    public UserKey requireLicensed() {
        return permissions.requireLicensed(viewer());
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

    public boolean canView(Objective objective) {
        return permissions.canView(viewer(), scopeOf(objective));
    }

    /** Whether the caller may change or delete the objective (and add key results to it). */
    public boolean canEdit(Objective objective) {
        return canEdit(objective.level(), objective.project(), objective.owner());
    }

    /** Whether the caller may create (or turn an objective into) one of this level, project and owner. */
    public boolean canEdit(ObjectiveLevel level, ProjectKey project, UserKey owner) {
        Optional<UserKey> viewer = viewer();
        Scope scope = scopeOf(level, project);
        if (isPersonal(level, project)) {
            return permissions.canView(viewer, scope)
                    && (viewer.isPresent() && viewer.get().equals(owner) || permissions.canManageCompany(viewer));
        }
        return permissions.canEdit(viewer, scope, owner);
    }

    /** Whether the caller may change or delete the key result. */
    public boolean canEdit(Objective objective, KeyResult keyResult) {
        Optional<UserKey> viewer = viewer();
        boolean keyResultOwner = viewer.isPresent() && viewer.get().equals(keyResult.owner());
        return canEdit(objective) || keyResultOwner && permissions.canView(viewer, scopeOf(objective));
    }

    /** Whether the caller may check in on the key result, and link or unlink its initiatives. */
    public boolean canCheckIn(Objective objective, KeyResult keyResult) {
        return permissions.canCheckIn(viewer(), scopeOf(objective), keyResult.owner(), objective.owner());
    }

    /** Whether the objective exists but the caller may not see it. */
    public boolean isHidden(ObjectiveId id) {
        return objectives.findById(id).map(objective -> !canView(objective)).orElse(false);
    }

    /** Whether the key result exists but the caller may not see it (its objective's scope). */
    public boolean isHidden(KeyResultId id) {
        return keyResults.findById(id).flatMap(k -> objectives.findById(k.objectiveId()))
                .map(objective -> !canView(objective)).orElse(false);
    }

    // ---------------------------------------------------------------- requirements

    /**
     * The objective, if the caller may see it.
     *
     * @throws AccessDeniedException if nobody is logged in or the user has no licence
     * @throws NotFoundException     if it does not exist or the caller may not see it
     */
    public Objective visibleObjective(ObjectiveId id) {
        requireLicensed();
        Objective objective = objectives.findById(id).orElseThrow(() -> new NotFoundException("Objective", id));
        permissions.requireVisible(viewer(), scopeOf(objective), "Objective", id);
        return objective;
    }

    /**
     * The key result with its objective, if the caller may see them.
     *
     * @throws NotFoundException if it does not exist or the caller may not see it
     */
    public VisibleKeyResult visibleKeyResult(KeyResultId id) {
        requireLicensed();
        KeyResult keyResult = keyResults.findById(id).orElseThrow(() -> new NotFoundException("KeyResult", id));
        Objective objective = objectives.findById(keyResult.objectiveId())
                .orElseThrow(() -> new NotFoundException("KeyResult", id));
        permissions.requireVisible(viewer(), scopeOf(objective), "KeyResult", id);
        return new VisibleKeyResult(keyResult, objective);
    }

    /** @throws AccessDeniedException (403) unless {@link #canEdit(Objective)} */
    public void requireEdit(Objective objective) {
        requireEdit(objective.level(), objective.project(), objective.owner());
    }

    /** @throws AccessDeniedException (401, 403) unless {@link #canEdit(ObjectiveLevel, ProjectKey, UserKey)} */
    public void requireEdit(ObjectiveLevel level, ProjectKey project, UserKey owner) {
        Scope scope = scopeOf(level, project);
        permissions.requireView(viewer(), scope);
        if (!canEdit(level, project, owner)) {
            throw denied(scope);
        }
    }

    /** @throws AccessDeniedException (403) unless {@link #canEdit(Objective, KeyResult)} */
    public void requireEdit(Objective objective, KeyResult keyResult) {
        if (!canEdit(objective, keyResult)) {
            throw denied(scopeOf(objective));
        }
    }

    /** @throws AccessDeniedException (403) unless {@link #canCheckIn} */
    public void requireCheckIn(Objective objective, KeyResult keyResult) {
        permissions.requireCheckIn(viewer(), scopeOf(objective), keyResult.owner(), objective.owner());
    }

    private static AccessDeniedException denied(Scope scope) {
        return scope instanceof Scope.Project project
                ? AccessDeniedException.denied(AccessMessages.EDIT_PROJECT, project.key())
                : AccessDeniedException.denied(AccessMessages.EDIT_COMPANY);
    }
}
