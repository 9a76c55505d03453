package dev.waypoint.preview.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.preview.i18n.PreviewI18n;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** JSON error bodies for {@code /rest/} requests that never reach a Jersey application (or fail outside it). */
public final class JsonErrors {

    private final ObjectMapper json = new ObjectMapper();
    private final PreviewI18n i18n;

    public JsonErrors(PreviewI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    public void send(HttpServletResponse response, int status, String messageKey) throws IOException {
        write(response, status, ErrorResponse.of(i18n.getText(messageKey)));
    }

    public void serverError(HttpServletResponse response, String correlationId) throws IOException {
        write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                ErrorResponse.serverError(i18n.getText("waypoint.preview.rest.internal", correlationId),
                        correlationId));
    }

    private void write(HttpServletResponse response, int status, ErrorResponse body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
