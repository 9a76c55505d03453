package dev.waypoint.preview.web;

import dev.waypoint.preview.page.ErrorPages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/** Serves the files under one classpath folder, e.g. {@code /aui/*} from {@code preview-static/aui/}. */
public final class ClasspathFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String folder;
    private final transient StaticFiles files;
    private final transient ErrorPages errorPages;

    /** {@code folder} is a classpath folder without trailing slash. */
    public ClasspathFileServlet(String folder, StaticFiles files, ErrorPages errorPages) {
        this.folder = Objects.requireNonNull(folder, "'folder' must not be null");
        this.files = Objects.requireNonNull(files, "'files' must not be null");
        this.errorPages = Objects.requireNonNull(errorPages, "'errorPages' must not be null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            errorPages.methodNotAllowed(request, response);
            return;
        }
        Optional<String> path = ResourcePaths.safe(request.getPathInfo());
        Optional<byte[]> body = path.flatMap(relative -> files.read(folder + "/" + relative));
        if (body.isEmpty()) {
            errorPages.notFound(request, response);
            return;
        }
        files.send(request, response, path.get(), body.get());
    }
}
