package dev.waypoint.jira.rest;

import dev.waypoint.access.AccessDeniedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused action: 401 when nobody is logged in (as REST v2 answers anonymous requests to licensed-only resources),
 * 403 when the logged-in user lacks a permission.
 */
@Provider
public class AccessDeniedExceptionMapper implements ExceptionMapper<AccessDeniedException> {

    private final ErrorResponses responses;

    @Inject
    public AccessDeniedExceptionMapper(Translator translator) {
        this.responses = new ErrorResponses(translator);
    }

    @Override
    public Response toResponse(AccessDeniedException exception) {
        int status = exception.isUnauthenticated() ? 401 : 403;
        return responses.catalogMessage(status, exception.messageKey(), exception.args(), exception.getMessage());
    }
}
