package dev.waypoint.preview.web;

import dev.waypoint.preview.page.ErrorPages;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Stands in for Jira's user avatars at {@code /secure/useravatar?size=&ownerId=<user key>} (the URL Jira's REST API
 * answers as a user's {@code avatarUrl}): an SVG circle in a colour of the user's own with their initials (from the
 * display name of a preview user, else from the key). Every user key gets one, as Jira shows a default avatar.
 */
public final class UserAvatarServlet extends HttpServlet {

    /** Where Jira serves user avatars. */
    public static final String PATH = "/secure/useravatar";

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0052CC", "#00875A", "#6554C0", "#FF8B00", "#DE350B", "#00A3BF",
        "#403294", "#5E6C84"};

    private final transient PreviewDirectory directory;
    private final transient ErrorPages errorPages;

    public UserAvatarServlet(PreviewDirectory directory, ErrorPages errorPages) {
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.errorPages = Objects.requireNonNull(errorPages, "'errorPages' must not be null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            errorPages.methodNotAllowed(request, response);
            return;
        }
        String key = request.getParameter("ownerId");
        if (key == null || key.isBlank() || key.length() > 255) {
            errorPages.notFound(request, response);
            return;
        }
        String name = directory.find(key).map(PreviewUser::displayName).orElse(key);
        byte[] svg = svg(initials(name), COLOURS[Math.floorMod(key.hashCode(), COLOURS.length)])
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "max-age=3600");
        response.setContentLength(svg.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(svg);
        }
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.trim().split("[\\s._-]+")) {
            if (!word.isEmpty() && initials.length() < 2 && Character.isLetterOrDigit(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.isEmpty() ? "?" : initials.toString().toUpperCase(Locale.ROOT);
    }

    private static String svg(String initials, String colour) {
        String text = initials.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + colour + "\"/>"
                + "<text x=\"24\" y=\"24\" dy=\".35em\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\""
                + " font-size=\"19\" fill=\"#fff\">" + text + "</text></svg>";
    }
}
