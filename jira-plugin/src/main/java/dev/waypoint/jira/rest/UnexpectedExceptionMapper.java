package dev.waypoint.jira.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything no other mapper claims is a real fault (a bug, a broken database): 500 with a correlation id in the body,
 * the header {@value ErrorResponses#CORRELATION_HEADER} and the log line with the stack trace, and never the
 * exception's message or stack trace in the answer.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private final ErrorResponses responses;

    @Context
    private Request request;

    @Context
    private UriInfo uriInfo;

    @Inject
    public UnexpectedExceptionMapper(Translator translator) {
        this.responses = new ErrorResponses(translator);
    }

    @Override
    public Response toResponse(Throwable exception) {
        return responses.fault(500, exception, RequestDescription.of(request, uriInfo));
    }
}
