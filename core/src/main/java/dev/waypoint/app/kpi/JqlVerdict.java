package dev.waypoint.app.kpi;

import java.util.List;
import java.util.Objects;

/**
 * Jira's verdict on the queries of a KPI source, checked as the user they would run as.
 *
 * @param problems Jira's messages, each on the field of its query ({@code source.jql}, {@code source.numeratorJql}
 *                 ...), in the order of the source's queries; empty when Jira accepts every query
 */
public record JqlVerdict(List<Problem> problems) {

    public JqlVerdict {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** One of Jira's messages, in Jira's words, on the field of the query it is about. */
    public record Problem(String field, String message) {

        public Problem {
            Objects.requireNonNull(field, "'field' must not be null");
            Objects.requireNonNull(message, "'message' must not be null");
        }
    }
}
