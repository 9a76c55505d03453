package dev.waypoint.preview.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A REST error body in the app's shape ({@code {"errors":[{"message":…}]}}, DESIGN §4), plus the correlation id of
 * a logged server error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponse(List<Error> errors, String correlationId) {

    /** One error; {@code field} is null when the error is not about an input field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String field, String message) {
    }

    public ErrorResponse {
        errors = List.copyOf(errors);
    }

    public static ErrorResponse of(String message) {
        return new ErrorResponse(List.of(new Error(null, message)), null);
    }

    public static ErrorResponse serverError(String message, String correlationId) {
        return new ErrorResponse(List.of(new Error(null, message)), correlationId);
    }
}
