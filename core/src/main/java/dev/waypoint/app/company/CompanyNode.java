package dev.waypoint.app.company;

import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import java.util.List;
import java.util.Objects;

/**
 * An objective of the company page, as one viewer may see it (DESIGN §4 "Company page", §5).
 *
 * <p>Its progress is its own: the roll-up of its key results and of its contributing child objectives in the cycle
 * (DESIGN §3), over what the viewer may see, and it says over how many key results it was computed. In an open cycle
 * it comes with its pace; in a closed one with its grade and the grade's band instead (no pace, no forecast).
 *
 * @param ownerName          the owner's display name, or {@code null} (no owner, or unknown to Jira)
 * @param keyResultsCounted  key results the progress was computed over (its own and those of contributing
 *                           descendants the viewer may see)
 * @param keyResultsTotal    the key results of it and its contributing descendants the viewer may see, numbers or
 *                           not; more than counted when some show without numbers (never counts hidden objectives)
 * @param pace               {@code null} in a closed cycle
 * @param grade              the final grade in a closed cycle, else {@code null} (also when it closed ungraded)
 * @param band               the band of {@code grade}, or {@code null}
 * @param childCount         the child objectives in the cycle the viewer may see (expandable when above 0)
 * @param children           loaded children ({@link CompanyPage} has the company level expanded), else empty
 * @param canEdit            whether the viewer may change it (fields, parent); always false in a closed cycle
 */
public record CompanyNode(Objective objective, String ownerName, Progress progress, int keyResultsCounted,
        int keyResultsTotal, PaceStatus pace, FinalGrade grade, GradeBand band, int childCount, boolean canEdit,
        List<CompanyNode> children) {

    public CompanyNode {
        Objects.requireNonNull(objective, "'objective' must not be null");
        Objects.requireNonNull(progress, "'progress' must not be null");
        children = List.copyOf(children);
    }

    public CompanyNode withOwnerName(String name) {
        return new CompanyNode(objective, name, progress, keyResultsCounted, keyResultsTotal, pace, grade, band,
                childCount, canEdit, children);
    }

    public CompanyNode withChildren(List<CompanyNode> loaded) {
        return new CompanyNode(objective, ownerName, progress, keyResultsCounted, keyResultsTotal, pace, grade, band,
                childCount, canEdit, loaded);
    }
}
