package dev.waypoint.jira.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem of a failed request.
 *
 * @param field   the request field it is about, e.g. {@code "title"}, {@code "keyResults[2].target"}, a path or
 *                query parameter's name, or {@code "body"} for the body as a whole; absent (not serialised) when the
 *                problem is about the request as a whole (403, 404, 409, 500 ...)
 * @param message the problem in the user's language
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorItem(String field, String message) {

    public static ErrorItem general(String message) {
        return new ErrorItem(null, message);
    }
}
