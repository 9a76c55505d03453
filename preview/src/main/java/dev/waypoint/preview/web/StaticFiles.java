package dev.waypoint.preview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.MimeTypes;

/** Reads files from the classpath and sends them with their content type. */
public final class StaticFiles {

    private final ClassLoader loader;

    public StaticFiles(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "'loader' must not be null");
    }

    /** The bytes of the classpath file {@code location}, if there is such a file. */
    public Optional<byte[]> read(String location) {
        URL url = loader.getResource(location.startsWith("/") ? location.substring(1) : location);
        if (url == null || url.getPath().endsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            // a directory on a file: classpath, or unreadable
            return Optional.empty();
        }
    }

    public void send(HttpServletRequest request, HttpServletResponse response, String fileName, byte[] body)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType(fileName));
        // The preview is for development: always revalidate, so an edited file shows on the next reload.
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static String contentType(String fileName) {
        String type = Objects.requireNonNullElse(MimeTypes.DEFAULTS.getMimeByExtension(fileName),
                "application/octet-stream");
        String lower = type.toLowerCase(Locale.ROOT);
        boolean text = lower.startsWith("text/") || lower.contains("javascript") || lower.contains("json")
                || lower.contains("svg");
        return text && !lower.contains("charset") ? type + ";charset=utf-8" : type;
    }
}
