package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.rest.ErrorItem;
import java.util.List;

/**
 * Jira's verdict on a source's queries.
 *
 * @param valid  whether Jira accepts every query
 * @param errors Jira's messages, each on its field ({@code source.jql}, {@code source.numeratorJql} ...)
 */
public record JqlValidationResponse(boolean valid, List<ErrorItem> errors) {

    public JqlValidationResponse {
        errors = List.copyOf(errors);
    }
}
