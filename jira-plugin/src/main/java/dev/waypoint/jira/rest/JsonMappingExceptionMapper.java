package dev.waypoint.jira.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON that does not fit the target type (unknown property, wrong type, unknown enum value, malformed date) raised
 * outside the reading of a request body (e.g. by a resource that parses JSON itself): 400 naming the JSON path as the
 * field, or 500 for a fault of ours, see {@link JsonErrors}. Request bodies do not rely on it:
 * {@link JsonBodyInterceptor} converts their failures before any mapper is chosen, because a runtime may register
 * Jackson's own mappers for this exact type (Jersey's {@code JacksonFeature} does), which win at equal distance and
 * answer plain text.
 */
@Provider
public class JsonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {

    private final JsonErrorAnswers answers;

    @Context
    private Request request;

    @Context
    private UriInfo uriInfo;

    @Inject
    public JsonMappingExceptionMapper(Translator translator) {
        this.answers = new JsonErrorAnswers(translator);
    }

    @Override
    public Response toResponse(JsonMappingException exception) {
        return answers.answer(exception, request, uriInfo);
    }
}
