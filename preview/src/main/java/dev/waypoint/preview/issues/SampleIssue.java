package dev.waypoint.preview.issues;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.shared.ProjectKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One issue of the sample projects with its whole history, read "as of" an instant: the refresh job's searches during
 * generation see each issue as it was on the simulated day, the live preview as it is at the store's horizon.
 *
 * @param epicId the epic it belongs to (Epic Link), {@code null} without
 */
public record SampleIssue(IssueId id, String key, ProjectKey project, IssueKind kind, String summary, IssueId epicId,
        IssueLifecycle life, IssueWork work) {

    /** The label of issues resolved on first contact. */
    public static final String FIRST_CONTACT_LABEL = "first-contact";

    public SampleIssue {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(project, "'project' must not be null");
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(summary, "'summary' must not be null");
        Objects.requireNonNull(life, "'life' must not be null");
        Objects.requireNonNull(work, "'work' must not be null");
        if (!key.startsWith(project.value() + "-")) {
            throw new IllegalArgumentException("key " + key + " is not a key of project " + project);
        }
        if (id.equals(epicId)) {
            throw new IllegalArgumentException("issue " + key + " cannot be its own epic");
        }
    }

    public boolean existsAt(Instant at) {
        return !life.created().isAfter(at);
    }

    public boolean isEpic() {
        return kind == IssueKind.EPIC;
    }

    public StatusCategory statusAt(Instant at) {
        if (happened(life.resolvedAt(), at)) {
            return StatusCategory.DONE;
        }
        return happened(life.startedAt(), at) ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO;
    }

    /** The assignee's username at {@code at}, empty while unassigned. */
    public Optional<String> assigneeAt(Instant at) {
        return happened(life.assignedAt(), at) ? Optional.of(life.assignee()) : Optional.empty();
    }

    public Optional<Instant> resolvedAt(Instant at) {
        return happened(life.resolvedAt(), at) ? Optional.of(life.resolvedAt()) : Optional.empty();
    }

    /** The latest change at or before {@code at}: creation, assignment, start or resolution. */
    public Instant updatedAt(Instant at) {
        return Stream.of(life.created(), life.assignedAt(), life.startedAt(), life.resolvedAt())
                .filter(event -> happened(event, at))
                .max(Instant::compareTo)
                .orElse(life.created());
    }

    public boolean hasLabelAt(String label, Instant at) {
        return FIRST_CONTACT_LABEL.equals(label) && life.firstContact() && happened(life.resolvedAt(), at);
    }

    public long secondsSpentAt(Instant at) {
        return work.spentAt(at, happened(life.startedAt(), at) ? life.startedAt() : null,
                happened(life.resolvedAt(), at) ? life.resolvedAt() : null);
    }

    public long secondsRemainingAt(Instant at) {
        if (happened(life.resolvedAt(), at)) {
            return 0;
        }
        return Math.max(0, work.estimateSeconds() - secondsSpentAt(at));
    }

    private static boolean happened(Instant event, Instant at) {
        return event != null && !event.isAfter(at);
    }
}
