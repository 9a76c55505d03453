package dev.waypoint.refresh;

import dev.waypoint.kpi.KpiError;
import dev.waypoint.shared.ProjectKey;
import java.util.Set;

/**
 * What evaluating an automatic key result gave: a value to record as a REFRESH check-in (which may be {@code null}
 * for an ISSUES key result whose issues add up to 0), or an error (nothing is recorded).
 */
record KeyResultOutcome(Double value, KpiError error, int unestimatedIssues, Set<ProjectKey> projects) {

    KeyResultOutcome {
        projects = Set.copyOf(projects);
    }

    /** @param projects the projects of the issues the value was computed from (for the disclosure rule) */
    static KeyResultOutcome value(Double value, int unestimatedIssues, Set<ProjectKey> projects) {
        return new KeyResultOutcome(value, null, unestimatedIssues, projects);
    }

    static KeyResultOutcome failed(KpiError error) {
        return new KeyResultOutcome(null, error, 0, Set.of());
    }
}
