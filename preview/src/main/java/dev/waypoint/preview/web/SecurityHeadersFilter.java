package dev.waypoint.preview.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** Applies {@link SecurityHeaders} to every response. */
public final class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient SecurityHeaders headers;

    public SecurityHeadersFilter(SecurityHeaders headers) {
        this.headers = Objects.requireNonNull(headers, "'headers' must not be null");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(response);
        chain.doFilter(request, response);
    }
}
