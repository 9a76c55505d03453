package dev.waypoint.preview.web;

import dev.waypoint.preview.page.ErrorPages;
import dev.waypoint.preview.rest.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches whatever a servlet throws: logs it under a correlation id and sends the 500 page (or, under {@code /rest/},
 * a JSON body) naming that id. Never a stack trace to the browser.
 */
public final class ErrorPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageFilter.class);

    private final transient ErrorPages errorPages;
    private final transient JsonErrors jsonErrors;
    private final transient SecurityHeaders securityHeaders;

    public ErrorPageFilter(ErrorPages errorPages, JsonErrors jsonErrors, SecurityHeaders securityHeaders) {
        this.errorPages = Objects.requireNonNull(errorPages, "'errorPages' must not be null");
        this.jsonErrors = Objects.requireNonNull(jsonErrors, "'jsonErrors' must not be null");
        this.securityHeaders = Objects.requireNonNull(securityHeaders, "'securityHeaders' must not be null");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            String correlationId = CorrelationIds.next();
            LOG.error("{} {} failed (correlation id {})", request.getMethod(), request.getRequestURI(), correlationId,
                    failure);
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            securityHeaders.apply(response);
            if (request.getRequestURI().startsWith("/rest/")) {
                jsonErrors.serverError(response, correlationId);
            } else {
                errorPages.serverError(request, response, correlationId);
            }
        }
    }
}
