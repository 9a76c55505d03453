package dev.waypoint.preview.issues;

import java.time.Instant;
import java.util.Objects;

/**
 * When things happened to a sample issue. Every instant lies at or before the ticket store's horizon; an event that
 * has not happened by then is {@code null}. Assignment, start and resolution never precede creation.
 *
 * @param assignee     the username the issue is (or will be) assigned to, {@code null} if never
 * @param assignedAt   when {@code assignee} was set; {@code null} exactly when {@code assignee} is
 * @param startedAt    when work started (status category In Progress), {@code null} if not yet
 * @param resolvedAt   when the issue was resolved (status category Done), {@code null} if not yet
 * @param firstContact whether the resolution was on first contact (label {@code first-contact} once resolved)
 */
public record IssueLifecycle(Instant created, String assignee, Instant assignedAt, Instant startedAt,
        Instant resolvedAt, boolean firstContact) {

    public IssueLifecycle {
        Objects.requireNonNull(created, "'created' must not be null");
        if ((assignee == null) != (assignedAt == null)) {
            throw new IllegalArgumentException("'assignee' and 'assignedAt' are both given or both absent");
        }
        requireNotBefore(assignedAt, created, "assignedAt");
        requireNotBefore(startedAt, created, "startedAt");
        requireNotBefore(resolvedAt, created, "resolvedAt");
        if (firstContact && resolvedAt == null) {
            throw new IllegalArgumentException("only a resolved issue is resolved on first contact");
        }
    }

    private static void requireNotBefore(Instant event, Instant created, String name) {
        if (event != null && event.isBefore(created)) {
            throw new IllegalArgumentException("'" + name + "' " + event + " is before 'created' " + created);
        }
    }
}
