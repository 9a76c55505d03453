package dev.waypoint.jira.rest.objective;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import java.util.List;
import java.util.Set;

/**
 * An objective (DESIGN §3) as the API answers it.
 *
 * @param owner    the owner's user key, or {@code null}
 * @param project  the project key, or {@code null} (company and personal objectives)
 * @param parentId the objective this one aligns to, or {@code null}
 * @param grade    set when the cycle was closed, else {@code null}
 * @param version  send it back with an update (optimistic locking)
 * @param canEdit  whether the caller may change or delete it
 */
public record ObjectiveResponse(long id, long cycleId, String title, String description, ObjectiveLevel level,
        ObjectiveKind kind, Commitment commitment, String owner, String project, Long parentId,
        boolean contributesToParent, double weight, List<Long> alignedKpis, ObjectiveState state, GradeBody grade,
        long version, boolean canEdit) {

    /**
     * @param visibleKpis KPIs the caller may see: only those of the objective's aligned KPIs are listed (DESIGN §5: no
     *                    ids of hidden items)
     */
    public static ObjectiveResponse of(Objective o, boolean canEdit, Set<KpiId> visibleKpis) {
        return new ObjectiveResponse(o.id().value(), o.cycleId().value(), o.title(), o.description(), o.level(),
                o.kind(), o.commitment(), o.owner() == null ? null : o.owner().value(),
                o.project() == null ? null : o.project().value(), o.parentId() == null ? null : o.parentId().value(),
                o.contributesToParent(), o.weight().value(),
                o.alignedKpis().stream().filter(visibleKpis::contains).map(KpiId::value).sorted().toList(), o.state(), GradeBody.of(o.grade()),
                o.version(), canEdit);
    }
}
