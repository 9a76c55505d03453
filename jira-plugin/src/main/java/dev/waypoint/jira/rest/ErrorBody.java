package dev.waypoint.jira.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error answer of Waypoint's REST API (DESIGN §4):
 * <pre>{@code
 * 400 {"errors":[{"field":"weight","message":"Weight must be between 0 and 100, was 140"}]}
 * 404 {"errors":[{"message":"Objective 42 does not exist"}]}
 * 500 {"errors":[{"message":"Something went wrong ... reference 3f2a9c1e7b40"}],"correlationId":"3f2a9c1e7b40"}
 * }</pre>
 *
 * @param errors        one item per problem; never empty
 * @param correlationId only on 5xx answers: the id under which the server logged the fault (not serialised otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(List<ErrorItem> errors, String correlationId) {

    public ErrorBody {
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("'errors' must not be empty");
        }
    }

    public static ErrorBody of(List<ErrorItem> errors) {
        return new ErrorBody(errors, null);
    }

    public static ErrorBody message(String message) {
        return of(List.of(ErrorItem.general(message)));
    }
}
