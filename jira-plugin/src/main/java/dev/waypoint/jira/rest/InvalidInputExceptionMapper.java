package dev.waypoint.jira.rest;

import dev.waypoint.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bad user input: 400 with every bad field and its translated message. */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    private final ErrorResponses responses;

    @Inject
    public InvalidInputExceptionMapper(Translator translator) {
        this.responses = new ErrorResponses(translator);
    }

    @Override
    public Response toResponse(InvalidInputException exception) {
        return responses.fieldErrors(400, exception.errors());
    }
}
