package dev.waypoint.preview.web;

import dev.waypoint.preview.page.ErrorPages;
import dev.waypoint.preview.rest.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Refuses cross-site requests that change state (any method but GET, HEAD, OPTIONS). Together with the
 * {@code SameSite=Strict} user cookie this is the preview's XSRF protection.
 * <ul>
 * <li>Pages and forms (e.g. the user switcher): the {@code Origin} header, or without one the {@code Referer}, must
 * be the preview's own; a request with neither is refused.</li>
 * <li>{@code /rest/}: as Jira's REST XSRF check, a request whose content type a plain HTML form can send
 * (form-encoded, multipart, text/plain) needs {@code X-Atlassian-Token: no-check}; and a foreign {@code Origin} is
 * refused. JSON from scripts and tools (no Origin) passes.</li>
 * </ul>
 */
public final class XsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final transient OriginCheck origins;
    private final transient ErrorPages errorPages;
    private final transient JsonErrors jsonErrors;

    public XsrfFilter(OriginCheck origins, ErrorPages errorPages, JsonErrors jsonErrors) {
        this.origins = Objects.requireNonNull(origins, "'origins' must not be null");
        this.errorPages = Objects.requireNonNull(errorPages, "'errorPages' must not be null");
        this.jsonErrors = Objects.requireNonNull(jsonErrors, "'jsonErrors' must not be null");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith("/rest/")) {
            if (restAllowed(request)) {
                chain.doFilter(request, response);
            } else {
                jsonErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "waypoint.preview.xsrf.rest");
            }
        } else if (origins.isSameOrigin(request.getScheme(), request.getHeader("Host"), request.getHeader("Origin"),
                request.getHeader("Referer"))) {
            chain.doFilter(request, response);
        } else {
            errorPages.forbidden(request, response, "waypoint.preview.xsrf.page");
        }
    }

    private boolean restAllowed(HttpServletRequest request) {
        if (origins.isForeignOrigin(request.getScheme(), request.getHeader("Host"), request.getHeader("Origin"))) {
            return false;
        }
        String contentType = Objects.requireNonNullElse(request.getContentType(), "");
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return !FORM_TYPES.contains(mediaType) || "no-check".equals(request.getHeader("X-Atlassian-Token"));
    }
}
