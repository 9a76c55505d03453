package dev.waypoint.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.waypoint.shared.FieldError;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/** The shared answer of the three JSON exception mappers: 400 with field errors, or 500 for a fault of ours. */
final class JsonErrorAnswers {

    private final ErrorResponses responses;

    JsonErrorAnswers(Translator translator) {
        this.responses = new ErrorResponses(translator);
    }

    Response answer(JsonProcessingException exception, Request request, UriInfo uriInfo) {
        Optional<List<FieldError>> errors = JsonErrors.fieldErrors(exception);
        return errors.isPresent()
                ? responses.fieldErrors(400, errors.get())
                : responses.fault(500, exception, RequestDescription.of(request, uriInfo));
    }
}
