package dev.waypoint.preview.issues;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The date fields the sample search knows, under the names JQL and the refresh job use for them. */
enum DateField {
    CREATED,
    RESOLVED,
    UPDATED;

    /** {@code created}, {@code createdDate}, {@code resolved}, {@code resolutiondate}, {@code updated}. */
    static Optional<DateField> byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "created", "createddate" -> Optional.of(CREATED);
            case "resolved", "resolutiondate" -> Optional.of(RESOLVED);
            case "updated", "updateddate" -> Optional.of(UPDATED);
            default -> Optional.empty();
        };
    }

    /** The field's value for the issue as of {@code at}; empty when unset (an unresolved issue). */
    Optional<Instant> of(SampleIssue issue, Instant at) {
        return switch (this) {
            case CREATED -> Optional.of(issue.life().created());
            case RESOLVED -> issue.resolvedAt(at);
            case UPDATED -> Optional.of(issue.updatedAt(at));
        };
    }
}
