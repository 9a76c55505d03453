package dev.waypoint.jira.rest;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Malformed JSON (syntax, duplicate keys, non-finite number tokens) raised outside the reading of a request body (e.g.
 * by a resource that parses JSON itself): 400 naming the JSON path as the field, or 500 for a fault of ours, see
 * {@link JsonErrors}. Request bodies do not rely on it: {@link JsonBodyInterceptor} converts their failures before any
 * mapper is chosen, because a runtime may register Jackson's own mappers for this exact type (Jersey's
 * {@code JacksonFeature} does), which win at equal distance and answer plain text.
 */
@Provider
public class JsonParseExceptionMapper implements ExceptionMapper<JsonParseException> {

    private final JsonErrorAnswers answers;

    @Context
    private Request request;

    @Context
    private UriInfo uriInfo;

    @Inject
    public JsonParseExceptionMapper(Translator translator) {
        this.answers = new JsonErrorAnswers(translator);
    }

    @Override
    public Response toResponse(JsonParseException exception) {
        return answers.answer(exception, request, uriInfo);
    }
}
