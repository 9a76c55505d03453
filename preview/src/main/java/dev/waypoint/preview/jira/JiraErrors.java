package dev.waypoint.preview.jira;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Jira's own REST error shape (ErrorCollection): {@code {"errorMessages":[...],"errors":{}}}. */
final class JiraErrors {

    private JiraErrors() {
    }

    static Response of(int status, String... messages) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("errorMessages", List.of(messages), "errors", Map.of())).build();
    }
}
