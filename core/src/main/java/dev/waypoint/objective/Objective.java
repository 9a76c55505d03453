package dev.waypoint.objective;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.util.Objects;
import java.util.Set;

/**
 * An objective (DESIGN §3). Invariants checked here are programming errors if broken; user input is validated with
 * field messages by {@link ObjectiveService} before a record is built.
 *
 * @param id                  {@code null} until the repository inserts the objective
 * @param kind                optional
 * @param owner               optional (a missing owner is reported as a data-quality insight)
 * @param project             required for {@code TEAM}, optional for {@code INDIVIDUAL}, absent for {@code COMPANY}
 * @param parentId            the objective this one aligns to, or {@code null}
 * @param contributesToParent whether this objective's progress counts in its parent's roll-up
 * @param weight              weight in the parent's roll-up
 * @param grade               set when the cycle is closed; {@code null} before, or when the progress was unknown
 * @param version             optimistic-locking version; 0 when inserted, +1 on every update
 */
public record Objective(
        ObjectiveId id,
        CycleId cycleId,
        String title,
        String description,
        ObjectiveLevel level,
        ObjectiveKind kind,
        Commitment commitment,
        UserKey owner,
        ProjectKey project,
        ObjectiveId parentId,
        boolean contributesToParent,
        Weight weight,
        Set<KpiId> alignedKpis,
        ObjectiveState state,
        FinalGrade grade,
        long version) {

    public Objective {
        Objects.requireNonNull(cycleId, "'cycleId' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(level, "'level' must not be null");
        Objects.requireNonNull(commitment, "'commitment' must not be null");
        Objects.requireNonNull(weight, "'weight' must not be null");
        Objects.requireNonNull(state, "'state' must not be null");
        if (title.isBlank() || title.length() > Limits.TITLE) {
            throw new IllegalArgumentException("'title' must be 1-" + Limits.TITLE + " characters");
        }
        if (description != null && description.length() > Limits.DESCRIPTION) {
            throw new IllegalArgumentException("'description' must be at most " + Limits.DESCRIPTION + " characters");
        }
        if (level == ObjectiveLevel.TEAM && project == null) {
            throw new IllegalArgumentException("a TEAM objective needs a 'project'");
        }
        if (level == ObjectiveLevel.COMPANY && project != null) {
            throw new IllegalArgumentException("a COMPANY objective has no 'project'");
        }
        if (id != null && id.equals(parentId)) {
            throw new IllegalArgumentException("objective " + id + " cannot be its own parent");
        }
        if (version < 0) {
            throw new IllegalArgumentException("'version' must be >= 0, was " + version);
        }
        alignedKpis = alignedKpis == null ? Set.of() : Set.copyOf(alignedKpis);
    }

    public Objective withId(ObjectiveId newId) {
        return new Objective(newId, cycleId, title, description, level, kind, commitment, owner, project, parentId,
                contributesToParent, weight, alignedKpis, state, grade, version);
    }

    /** The same objective aligned to {@code kpis} instead (the version is kept: the repository's update checks it). */
    public Objective withAlignedKpis(Set<KpiId> kpis) {
        return new Objective(id, cycleId, title, description, level, kind, commitment, owner, project, parentId,
                contributesToParent, weight, kpis, state, grade, version);
    }

    public Objective withVersion(long newVersion) {
        return new Objective(id, cycleId, title, description, level, kind, commitment, owner, project, parentId,
                contributesToParent, weight, alignedKpis, state, grade, newVersion);
    }

    /** This objective closed with {@code finalGrade} (which may be {@code null} when nothing could be graded). */
    public Objective closed(FinalGrade finalGrade) {
        return new Objective(id, cycleId, title, description, level, kind, commitment, owner, project, parentId,
                contributesToParent, weight, alignedKpis, ObjectiveState.CLOSED, finalGrade, version);
    }

    /** A not yet stored copy in another cycle, in state DRAFT, without grade (carry-over). */
    public Objective copyInto(CycleId targetCycle, ObjectiveId newParent) {
        return new Objective(null, targetCycle, title, description, level, kind, commitment, owner, project, newParent,
                contributesToParent, weight, alignedKpis, ObjectiveState.DRAFT, null, 0);
    }
}
