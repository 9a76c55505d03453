package dev.waypoint.preview.sample;

import dev.waypoint.preview.issues.IssueKind;
import dev.waypoint.preview.issues.IssueLifecycle;
import dev.waypoint.preview.issues.IssueWork;
import dev.waypoint.shared.ProjectKey;
import java.util.Objects;

/**
 * An issue before it has an id and a key ({@link SampleTickets} numbers them in order of creation).
 *
 * @param epic the draft of its epic, {@code null} without (compared by identity when numbering)
 */
record IssueDraft(ProjectKey project, IssueKind kind, String summary, IssueDraft epic, IssueLifecycle life,
        IssueWork work) {

    IssueDraft {
        Objects.requireNonNull(project, "'project' must not be null");
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(summary, "'summary' must not be null");
        Objects.requireNonNull(life, "'life' must not be null");
        Objects.requireNonNull(work, "'work' must not be null");
    }
}
