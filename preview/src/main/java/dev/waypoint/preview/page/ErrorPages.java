package dev.waypoint.preview.page;

import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preview's error pages, rendered through the page shell: never a stack trace, and for a server error the
 * correlation id under which it was logged. If the shell itself fails, a plain-text page with the id is sent.
 */
public final class ErrorPages {

    public static final String TEMPLATE = "templates/preview/error.vm";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final PageShell shell;
    private final PreviewSession session;
    private final PreviewDirectory directory;
    private final PreviewI18n i18n;

    public ErrorPages(PageShell shell, PreviewSession session, PreviewDirectory directory, PreviewI18n i18n) {
        this.shell = Objects.requireNonNull(shell, "'shell' must not be null");
        this.session = Objects.requireNonNull(session, "'session' must not be null");
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    public void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, HttpServletResponse.SC_NOT_FOUND, new ErrorModel(
                "waypoint.preview.error.notFound.heading", "waypoint.preview.error.notFound.message", null));
    }

    public void methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, new ErrorModel(
                "waypoint.preview.error.method.heading", "waypoint.preview.error.method.message", null));
    }

    /** 400 with the explanation {@code messageKey}. */
    public void badRequest(HttpServletRequest request, HttpServletResponse response, String messageKey)
            throws IOException {
        send(request, response, HttpServletResponse.SC_BAD_REQUEST,
                new ErrorModel("waypoint.preview.error.badRequest.heading", messageKey, null));
    }

    /** 403 with the explanation {@code messageKey}. */
    public void forbidden(HttpServletRequest request, HttpServletResponse response, String messageKey)
            throws IOException {
        send(request, response, HttpServletResponse.SC_FORBIDDEN,
                new ErrorModel("waypoint.preview.error.forbidden.heading", messageKey, null));
    }

    /** 403: the stand-in for Jira's permission-violation page (a webwork action's roles-required not met). */
    public void permissionViolation(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, HttpServletResponse.SC_FORBIDDEN, new ErrorModel(
                "waypoint.preview.error.permission.heading", "waypoint.preview.error.permission.message", null));
    }

    /** 500 naming {@code correlationId}, under which the caller has logged the failure. */
    public void serverError(HttpServletRequest request, HttpServletResponse response, String correlationId)
            throws IOException {
        ErrorModel model = new ErrorModel("waypoint.preview.error.internal.heading",
                "waypoint.preview.error.internal.message", correlationId);
        try {
            send(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, model);
        } catch (RuntimeException shellFailure) {
            LOG.error("The error page failed too (correlation id {})", correlationId, shellFailure);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(i18n.getText("waypoint.preview.error.internal.plain", correlationId));
        }
    }

    private void send(HttpServletRequest request, HttpServletResponse response, int status, ErrorModel model)
            throws IOException {
        PageView view = PageView.of(model.headingKey(), TEMPLATE, model);
        String html = shell.render(view, session.currentUser().orElseGet(directory::defaultUser), "/");
        HtmlResponses.send(request, response, status, html);
    }
}
