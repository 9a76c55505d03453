package dev.waypoint.preview.webresource;

import dev.waypoint.preview.i18n.JsI18nTransformer;
import dev.waypoint.preview.page.ErrorPages;
import dev.waypoint.preview.web.StaticFiles;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /download/resources/<plugin key>:<module key>/<name>}: a file the app's descriptor declares as a download
 * resource of a web-resource module, read from its {@code location} on the classpath (the app's jar), with Jira's
 * {@code jsI18n} transformation where the module declares it. Anything not declared is a 404, as in Jira, so a wrong
 * name or location in the descriptor shows up in the preview.
 */
public final class WebResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WebResources webResources;
    private final transient StaticFiles files;
    private final transient JsI18nTransformer jsI18n;
    private final transient ErrorPages errorPages;

    public WebResourceServlet(WebResources webResources, StaticFiles files, JsI18nTransformer jsI18n,
            ErrorPages errorPages) {
        this.webResources = Objects.requireNonNull(webResources, "'webResources' must not be null");
        this.files = Objects.requireNonNull(files, "'files' must not be null");
        this.jsI18n = Objects.requireNonNull(jsI18n, "'jsI18n' must not be null");
        this.errorPages = Objects.requireNonNull(errorPages, "'errorPages' must not be null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            errorPages.methodNotAllowed(request, response);
            return;
        }
        String path = Objects.requireNonNullElse(request.getPathInfo(), "/");
        int slash = path.indexOf('/', 1);
        Optional<WebResources.Served> served = slash < 0 ? Optional.empty()
                : webResources.find(path.substring(1, slash), path.substring(slash + 1));
        Optional<byte[]> body = served.flatMap(file -> files.read(file.download().location()));
        if (body.isEmpty()) {
            errorPages.notFound(request, response);
            return;
        }
        String name = served.get().download().name();
        byte[] bytes = body.get();
        if (served.get().module().jsI18n() && name.endsWith(".js")) {
            bytes = jsI18n.transform(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        files.send(request, response, name, bytes);
    }
}
