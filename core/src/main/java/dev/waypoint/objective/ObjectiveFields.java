package dev.waypoint.objective;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.UserKey;
import java.util.Set;

/**
 * The user-editable fields of an objective, as raw input: any of them may be {@code null} or invalid, and
 * {@link ObjectiveService} reports every problem at once. Field names in errors are these accessor names.
 */
public sealed interface ObjectiveFields permits CreateObjective, UpdateObjective {

    CycleId cycleId();

    String title();

    String description();

    ObjectiveLevel level();

    /** Optional. */
    ObjectiveKind kind();

    /** {@code null}: COMMITTED. */
    Commitment commitment();

    /** Optional. */
    UserKey owner();

    /** A project key; required for TEAM, not allowed for COMPANY. */
    String project();

    /** Optional: the objective this one aligns to. */
    ObjectiveId parentId();

    /** {@code null}: true. */
    Boolean contributesToParent();

    /** {@code null}: 1. */
    Double weight();

    /** {@code null}: none. */
    Set<KpiId> alignedKpis();
}
