package dev.waypoint.jira.rest;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

/** "GET /rest/waypoint/1.0/objectives/7" for log lines; tolerates a runtime that injected nothing. */
final class RequestDescription {

    private RequestDescription() {
    }

    static String of(Request request, UriInfo uriInfo) {
        String method = "?";
        String path = "?";
        try {
            if (request != null) {
                method = request.getMethod();
            }
            if (uriInfo != null) {
                path = uriInfo.getRequestUri().getRawPath();
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            // outside a request scope: describe what we have
        }
        return method + " " + path;
    }
}
