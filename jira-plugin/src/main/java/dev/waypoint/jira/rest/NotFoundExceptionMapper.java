package dev.waypoint.jira.rest;

import dev.waypoint.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown (or invisible) id: 404 "Objective 42 does not exist". */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    private final ErrorResponses responses;

    @Inject
    public NotFoundExceptionMapper(Translator translator) {
        this.responses = new ErrorResponses(translator);
    }

    @Override
    public Response toResponse(NotFoundException exception) {
        return responses.message(404, RestMessages.NOT_FOUND, exception.entity(), exception.id());
    }
}
