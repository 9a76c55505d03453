package dev.waypoint.preview.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.waypoint.preview.i18n.PreviewI18n;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/** A request body that is not the JSON a resource expects: 400, never 500 (DESIGN §4). */
final class BadJsonMapper implements ExceptionMapper<JsonProcessingException> {

    private final PreviewI18n i18n;

    BadJsonMapper(PreviewI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(i18n.getText("waypoint.preview.rest.badJson")))
                .build();
    }
}
