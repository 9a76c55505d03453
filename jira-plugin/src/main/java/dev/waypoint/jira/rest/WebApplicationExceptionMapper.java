package dev.waypoint.jira.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JAX-RS runtime's own refusals in Waypoint's error shape: 404 for an unknown path, 405 for a wrong method (with
 * its {@code Allow} header), 406, 415 for a body that is not {@code application/json}, 400 for an empty body; a 5xx is
 * treated as a fault (logged with a correlation id). An exception that already carries an entity (a resource built
 * its own answer) passes unchanged.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Set<String> DROPPED_HEADERS = Set.of(
            HttpHeaders.CONTENT_TYPE.toLowerCase(), HttpHeaders.CONTENT_LENGTH.toLowerCase());

    private final ErrorResponses responses;

    @Context
    private Request request;

    @Context
    private UriInfo uriInfo;

    @Inject
    public WebApplicationExceptionMapper(Translator translator) {
        this.responses = new ErrorResponses(translator);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            return responses.fault(status, exception, RequestDescription.of(request, uriInfo));
        }
        Response answer = switch (status) {
            case 400 -> exception.getCause() instanceof NoContentException
                    ? responses.fieldErrors(400, List.of(RestMessages.error("body", RestMessages.BODY_REQUIRED)))
                    : responses.message(400, RestMessages.BAD_REQUEST);
            case 401 -> responses.message(401, RestMessages.UNAUTHENTICATED);
            case 403 -> responses.message(403, RestMessages.FORBIDDEN);
            case 404 -> responses.message(404, RestMessages.NO_SUCH_RESOURCE);
            case 405 -> responses.message(405, RestMessages.METHOD_NOT_ALLOWED);
            case 406 -> responses.message(406, RestMessages.NOT_ACCEPTABLE);
            case 415 -> responses.message(415, RestMessages.UNSUPPORTED_MEDIA_TYPE);
            default -> responses.message(status, RestMessages.FAILED, status);
        };
        return withHeadersOf(original, answer);
    }

    /** Keeps the original's headers such as {@code Allow} (405) or {@code WWW-Authenticate} (401). */
    private static Response withHeadersOf(Response original, Response answer) {
        Response.ResponseBuilder builder = Response.fromResponse(answer);
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!DROPPED_HEADERS.contains(header.getKey().toLowerCase())) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
        return builder.build();
    }
}
