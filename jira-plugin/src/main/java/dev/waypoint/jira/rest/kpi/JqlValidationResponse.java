package dev.waypoint.jira.rest.kpi;

import dev.waypoint.app.kpi.JqlVerdict;
import dev.waypoint.jira.rest.ErrorItem;
import java.util.List;

/**
 * Jira's verdict on a source's queries.
 *
 * @param valid  whether Jira accepts every query
 * @param errors Jira's messages, each on its field ({@code source.jql}, {@code source.numeratorJql} ...)
 * @param count  how many issues one query matches now as the would-be owner; {@code null} unless {@code valid} and
 *               the source runs queries
 */
public record JqlValidationResponse(boolean valid, List<ErrorItem> errors, Count count) {

    public JqlValidationResponse {
        errors = List.copyOf(errors);
    }

    /**
     * @param field  the counted query's field
     * @param issues the number of issues; {@code null} when the search failed
     * @param error  Jira's reason when the search failed
     */
    public record Count(String field, Long issues, String error) {

        static Count of(JqlVerdict.Count count) {
            return count == null ? null : new Count(count.field(), count.issues(), count.error());
        }
    }

    static JqlValidationResponse of(JqlVerdict verdict) {
        return new JqlValidationResponse(verdict.valid(), verdict.problems().stream()
                .map(problem -> new ErrorItem(problem.field(), problem.message())).toList(),
                Count.of(verdict.count()));
    }
}
