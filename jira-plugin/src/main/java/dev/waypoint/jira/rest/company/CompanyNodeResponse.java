package dev.waypoint.jira.rest.company;

import dev.waypoint.app.company.CompanyNode;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import java.util.List;

/**
 * An objective of the company page (see {@link CompanyNode}).
 *
 * @param ownerName         the owner's display name, or {@code null}
 * @param progress          its own progress: the roll-up of its key results and contributing child objectives in the
 *                          cycle that the caller may see
 * @param keyResultsCounted the key results {@code progress} was computed over
 * @param keyResultsTotal   the key results that count in it; more than counted when some are hidden from the caller
 * @param pace              in an open cycle; {@code null} in a closed one
 * @param grade             in a closed cycle: the final grade, its band and note; else {@code null}
 * @param childCount        child objectives the caller may see (load them with {@code .../children?parent=id})
 * @param children          loaded children (the company level of the first view), else empty
 * @param canEdit           whether the caller may change it (and its parent); never in a closed cycle
 */
public record CompanyNodeResponse(long id, long cycleId, String title, ObjectiveLevel level, String project,
        String owner, String ownerName, Long parentId, ObjectiveState state, long version, ProgressBody progress,
        int keyResultsCounted, int keyResultsTotal, PaceStatus pace, Grade grade, int childCount, boolean canEdit,
        List<CompanyNodeResponse> children) {

    /** @param note why the grade differs from the suggested one, or {@code null} */
    public record Grade(double score, GradeBand band, String note) {
    }

    public static CompanyNodeResponse of(CompanyNode node) {
        Objective o = node.objective();
        return new CompanyNodeResponse(o.id().value(), o.cycleId().value(), o.title(), o.level(),
                o.project() == null ? null : o.project().value(), o.owner() == null ? null : o.owner().value(),
                node.ownerName(), o.parentId() == null ? null : o.parentId().value(), o.state(), o.version(),
                ProgressBody.of(node.progress()), node.keyResultsCounted(), node.keyResultsTotal(), node.pace(),
                node.grade() == null ? null : new Grade(node.grade().score(), node.band(), node.grade().note()),
                node.childCount(), node.canEdit(), node.children().stream().map(CompanyNodeResponse::of).toList());
    }
}
