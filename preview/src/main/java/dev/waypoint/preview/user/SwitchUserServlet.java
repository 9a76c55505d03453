package dev.waypoint.preview.user;

import dev.waypoint.preview.page.ErrorPages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /preview/switch-user} with form fields {@code user} (a username) and {@code returnTo} (a path of the
 * preview): sets the user cookie and redirects (303) back. Cross-site posts never get here ({@code XsrfFilter}).
 */
public final class SwitchUserServlet extends HttpServlet {

    public static final String PATH = "/preview/switch-user";

    private static final long serialVersionUID = 1L;
    /** A path on this server: one leading slash, no scheme, no backslash or control characters. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\p{Cntrl}]*");

    private final transient PreviewDirectory directory;
    private final transient UserCookie cookie;
    private final transient ErrorPages errorPages;

    public SwitchUserServlet(PreviewDirectory directory, UserCookie cookie, ErrorPages errorPages) {
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.cookie = Objects.requireNonNull(cookie, "'cookie' must not be null");
        this.errorPages = Objects.requireNonNull(errorPages, "'errorPages' must not be null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            errorPages.methodNotAllowed(request, response);
            return;
        }
        Optional<PreviewUser> user = Optional.ofNullable(request.getParameter("user")).flatMap(directory::find);
        if (user.isEmpty()) {
            errorPages.badRequest(request, response, "waypoint.preview.switcher.unknownUser");
            return;
        }
        cookie.write(response, user.get());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", returnTo(request.getParameter("returnTo")));
    }

    /** {@code requested} if it is a path on this server, else the home page. */
    static String returnTo(String requested) {
        return requested != null && LOCAL_PATH.matcher(requested).matches() ? requested : "/";
    }
}
