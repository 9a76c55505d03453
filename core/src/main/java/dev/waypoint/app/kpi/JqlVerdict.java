package dev.waypoint.app.kpi;

import java.util.List;
import java.util.Objects;

/**
 * Jira's verdict on the queries of a KPI source, checked as the user they would run as, with the number of issues one
 * of them matches now (a live count for the form: "this query matches 142 issues now").
 *
 * @param problems Jira's messages, each on the field of its query ({@code source.jql}, {@code source.numeratorJql}
 *                 ...), in the order of the source's queries; empty when Jira accepts every query
 * @param count    the issues one query matches as that user, only when Jira accepts every query; {@code null}
 *                 otherwise, and for sources that run no query (MANUAL, COMPOSITE)
 */
public record JqlVerdict(List<Problem> problems, Count count) {

    public JqlVerdict {
        problems = List.copyOf(problems);
        if (count != null && !problems.isEmpty()) {
            throw new IllegalArgumentException("a refused query counts nothing");
        }
    }

    public JqlVerdict(List<Problem> problems) {
        this(problems, null);
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

    /**
     * The live count of one query.
     *
     * @param field  the field of the counted query ({@code source.jql} ...)
     * @param issues how many issues it matches now, as the user it runs as; {@code null} when the search failed
     * @param error  Jira's reason when the search failed (e.g. it timed out), else {@code null}
     */
    public record Count(String field, Long issues, String error) {

        public Count {
            Objects.requireNonNull(field, "'field' must not be null");
            if ((issues == null) == (error == null)) {
                throw new IllegalArgumentException("a count has either a number or an error");
            }
        }
    }
}
