package dev.waypoint.app.company;

import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.shared.ProjectKey;

/**
 * What to look for on the company page; every part is optional ({@code null}) and the parts given must all match.
 *
 * @param text    a part of the title, ignoring case and surrounding blanks
 * @param pace    the pace status (open cycles)
 * @param band    the grade band (closed cycles)
 */
public record CompanyFilter(String text, ProjectKey project, ObjectiveLevel level, PaceStatus pace, GradeBand band) {

    public CompanyFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isEmpty() {
        return text == null && project == null && level == null && pace == null && band == null;
    }
}
