package dev.waypoint.app.okr;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OKR items of one request, loaded once and only if the current user may see them: an item the user may not see
 * answers {@link NotFoundException} exactly like a missing one (DESIGN §5). Every OKR use case starts here; the rules
 * themselves are {@link OkrPermissions}'.
 */
public final class OkrAccess {

    private final CurrentUser currentUser;
    private final OkrPermissions permissions;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CycleRepository cycles;

    public OkrAccess(CurrentUser currentUser, OkrPermissions permissions, ObjectiveRepository objectives,
            KeyResultRepository keyResults, CycleRepository cycles) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
    }

    /** An objective the viewer may see, with its cycle. */
    public record VisibleObjective(Objective objective, Cycle cycle) {
    }

    /** The current user, empty for an anonymous request. */
    public Optional<UserKey> viewer() {
        return currentUser.key();
    }

    public OkrPermissions permissions() {
        return permissions;
    }

    /** @throws AccessDeniedException 401 for nobody, 403 for a user without licence */
    public UserKey requireLicensed() {
        return permissions.scopes().requireLicensed(viewer());
    }

    /**
     * The objective with its cycle (two reads), if the viewer may see it.
     *
     * @throws AccessDeniedException if nobody is logged in or the user has no licence
     * @throws NotFoundException     if it does not exist or the viewer may not see it
     */
    public VisibleObjective objective(ObjectiveId id) {
        requireLicensed();
        Objective objective = objectives.findById(id).orElseThrow(() -> new NotFoundException("Objective", id));
        permissions.requireVisible(viewer(), objective, "Objective", id);
        Cycle cycle = cycles.findById(objective.cycleId())
                .orElseThrow(() -> new NotFoundException("Cycle", objective.cycleId()));
        return new VisibleObjective(objective, cycle);
    }

    /**
     * The key result with its objective and cycle (three reads), if the viewer may see them.
     *
     * @throws AccessDeniedException if nobody is logged in or the user has no licence
     * @throws NotFoundException     if it does not exist or the viewer may not see it
     */
    public KeyResultLookup.Found keyResult(KeyResultId id) {
        requireLicensed();
        KeyResult keyResult = keyResults.findById(id).orElseThrow(() -> new NotFoundException("KeyResult", id));
        Objective objective = objectives.findById(keyResult.objectiveId())
                .orElseThrow(() -> new NotFoundException("KeyResult", id));
        permissions.requireVisible(viewer(), objective, "KeyResult", id);
        Cycle cycle = cycles.findById(objective.cycleId())
                .orElseThrow(() -> new NotFoundException("Cycle", objective.cycleId()));
        return new KeyResultLookup.Found(keyResult, objective, cycle);
    }

    /**
     * Objectives and key results named in a request that exist but are invisible answer as missing, exactly like ids
     * that do not exist (at most three bulk reads); ids that do not exist are left to the caller's rules.
     *
     * @throws NotFoundException naming the first invisible one
     */
    public void requireVisibleIfTheyExist(Collection<ObjectiveId> objectiveIds, Collection<KeyResultId> keyResultIds) {
        if (!objectiveIds.isEmpty()) {
            objectives.findByIds(List.copyOf(objectiveIds)).stream().filter(o -> !canView(o)).findFirst()
                    .ifPresent(o -> {
                        throw new NotFoundException("Objective", o.id());
                    });
        }
        if (!keyResultIds.isEmpty()) {
            List<KeyResult> found = keyResults.findByIds(List.copyOf(keyResultIds));
            Map<ObjectiveId, Objective> theirs = objectives.findByIds(found.stream().map(KeyResult::objectiveId)
                    .distinct().toList()).stream().collect(Collectors.toMap(Objective::id, o -> o));
            found.stream().filter(k -> theirs.containsKey(k.objectiveId()) && !canView(theirs.get(k.objectiveId())))
                    .findFirst().ifPresent(k -> {
                        throw new NotFoundException("KeyResult", k.id());
                    });
        }
    }

    /**
     * The objective as the viewer sees it: nothing may change in a closed cycle.
     *
     * @param visibleKpis KPIs the viewer may see (at least those the objective is aligned to)
     */
    public ObjectiveView view(Objective objective, Cycle cycle, Set<KpiId> visibleKpis) {
        return new ObjectiveView(objective, offersEdit(cycle, objective), objective.alignedKpis().stream()
                .filter(visibleKpis::contains).collect(Collectors.toSet()));
    }

    /** The key result as the viewer sees it: nothing may change in a closed cycle. */
    public KeyResultView view(KeyResultLookup.Found found) {
        return new KeyResultView(found.keyResult(), offersEdit(found.cycle(), found.objective(), found.keyResult()),
                offersCheckIn(found.cycle(), found.objective(), found.keyResult()), false);
    }

    /*
     * What every surface offers (edit buttons, "Check in", "Link"): what the viewer may do, and nothing in a closed
     * cycle, whose writes the services refuse (409). The project page, issue panel, objective tree and the
     * objective and key-result views all ask here, so they agree.
     */

    /** Whether the viewer is offered to change the objective of {@code cycle}. */
    public boolean offersEdit(Cycle cycle, Objective objective) {
        return !cycle.isClosed() && canEdit(objective);
    }

    /** Whether the viewer is offered to change the key result of {@code objective} in {@code cycle}. */
    public boolean offersEdit(Cycle cycle, Objective objective, KeyResult keyResult) {
        return !cycle.isClosed() && canEdit(objective, keyResult);
    }

    /** Whether the viewer is offered to check in on the key result of {@code objective} in {@code cycle}. */
    public boolean offersCheckIn(Cycle cycle, Objective objective, KeyResult keyResult) {
        return !cycle.isClosed() && canCheckIn(objective, keyResult);
    }

    public boolean canView(Objective objective) {
        return permissions.canView(viewer(), objective);
    }

    public boolean canEdit(Objective objective) {
        return permissions.canEdit(viewer(), objective);
    }

    public boolean canEdit(Objective objective, KeyResult keyResult) {
        return permissions.canEdit(viewer(), objective, keyResult);
    }

    public boolean canCheckIn(Objective objective, KeyResult keyResult) {
        return permissions.canCheckIn(viewer(), objective, keyResult);
    }
}
