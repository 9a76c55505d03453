package dev.waypoint.preview.rest;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** {@code /rest/*} outside every registered REST module: a JSON 404, as Jira answers for an unknown REST path. */
public final class UnknownRestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient JsonErrors errors;

    public UnknownRestServlet(JsonErrors errors) {
        this.errors = Objects.requireNonNull(errors, "'errors' must not be null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.send(response, HttpServletResponse.SC_NOT_FOUND, "waypoint.preview.rest.notFound");
    }
}
