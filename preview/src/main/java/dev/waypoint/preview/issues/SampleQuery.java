package dev.waypoint.preview.issues;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A parsed query: its condition and an optional ORDER BY on one date field (a query without one lists by id, newest
 * first, like Jira's default order by key).
 */
record SampleQuery(SampleClause condition, DateField orderField, boolean descending) {

    SampleQuery {
        Objects.requireNonNull(condition, "'condition' must not be null");
    }

    /** The order of results as of {@code at}; ties (and unset dates, which come last) by id in the same direction. */
    Comparator<SampleIssue> order(Instant at) {
        Comparator<SampleIssue> byId = Comparator.comparingLong(issue -> issue.id().value());
        if (orderField == null) {
            return byId.reversed();
        }
        Comparator<SampleIssue> byDate = Comparator.comparing(
                (SampleIssue issue) -> orderField.of(issue, at).orElse(null),
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        Comparator<SampleIssue> ascending = byDate.thenComparing(byId);
        return descending ? ascending.reversed() : ascending;
    }
}
