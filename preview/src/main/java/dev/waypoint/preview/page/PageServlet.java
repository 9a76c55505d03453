package dev.waypoint.preview.page;

import dev.waypoint.preview.user.PreviewSession;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves every path no other servlet claims: the registered pages through the shell, the 404 page otherwise. The page
 * is rendered to a string first, so that a failing template never sends half a page (the error filter sends the 500
 * page instead).
 */
public final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PageRouter router;
    private final transient PageShell shell;
    private final transient ErrorPages errorPages;
    private final transient PreviewSession session;

    public PageServlet(PageRouter router, PageShell shell, ErrorPages errorPages, PreviewSession session) {
        this.router = Objects.requireNonNull(router, "'router' must not be null");
        this.shell = Objects.requireNonNull(shell, "'shell' must not be null");
        this.errorPages = Objects.requireNonNull(errorPages, "'errorPages' must not be null");
        this.session = Objects.requireNonNull(session, "'session' must not be null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            errorPages.methodNotAllowed(request, response);
            return;
        }
        String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        Optional<PageRouter.Match> match = router.route(path);
        if (match.isEmpty()) {
            errorPages.notFound(request, response);
            return;
        }
        PageRequest pageRequest = new PageRequest(path, match.get().parameters(), query(request),
                session.currentUser().orElseThrow());
        String html;
        try {
            PageView view = match.get().page().render(pageRequest);
            html = shell.render(view, pageRequest.user(), returnTo(request));
        } catch (PageNotFoundException e) {
            errorPages.notFound(request, response);
            return;
        } catch (PageForbiddenException e) {
            errorPages.permissionViolation(request, response);
            return;
        }
        HtmlResponses.send(request, response, HttpServletResponse.SC_OK, html);
    }

    private static Map<String, List<String>> query(HttpServletRequest request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
        return query;
    }

    private static String returnTo(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
