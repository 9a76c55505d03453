package dev.waypoint.preview.web;

import java.util.Optional;

/** Checks a relative path taken from a URL before it is looked up on the classpath. */
public final class ResourcePaths {

    private ResourcePaths() {
    }

    /**
     * {@code path} without its leading slash if it names a file safely: non-empty segments, no {@code .} or
     * {@code ..}, no backslash or NUL, and a file name with an extension.
     */
    public static Optional<String> safe(String path) {
        if (path == null || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        String[] segments = relative.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return segments[segments.length - 1].indexOf('.') > 0 ? Optional.of(relative) : Optional.empty();
    }
}
