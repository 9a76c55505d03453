package dev.waypoint.preview.rest;

import dev.waypoint.preview.i18n.PreviewI18n;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;
import dev.waypoint.preview.web.CorrelationIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort of every REST module. A {@link WebApplicationException} keeps its status (with a JSON body if it has
 * none: unknown path, wrong method or media type); anything else is logged under a new correlation id and answered
 * with 500 naming that id. The app's own, more specific mappers win over this one.
 */
final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    private final PreviewI18n i18n;

    UnexpectedErrorMapper(PreviewI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            Response response = web.getResponse();
            if (response.hasEntity()) {
                return response;
            }
            String key = response.getStatus() == 404
                    ? "waypoint.preview.rest.notFound"
                    : "waypoint.preview.rest.status";
            // fromResponse keeps headers such as Allow (405).
            return Response.fromResponse(response).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(i18n.getText(key, String.valueOf(response.getStatus())))).build();
        }
        String correlationId = CorrelationIds.next();
        LOG.error("REST request failed (correlation id {})", correlationId, exception);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.serverError(i18n.getText("waypoint.preview.rest.internal", correlationId),
                        correlationId))
                .build();
    }
}
