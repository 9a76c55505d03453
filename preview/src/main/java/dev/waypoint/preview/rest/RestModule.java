package dev.waypoint.preview.rest;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A REST module as Jira's {@code <rest path="/waypoint" version="1.0">}: its resource objects (classes annotated with
 * {@code @Path} relative to the module, e.g. {@code @Path("objectives")}) and any exception mappers or providers,
 * served at {@code /rest/<path>/<version>/} and {@code /rest/<path>/latest/}. Each module is its own Jersey
 * application, as in Jira.
 */
public record RestModule(String path, String version, List<Object> components) {

    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    public RestModule {
        Objects.requireNonNull(path, "'path' must not be null");
        Objects.requireNonNull(version, "'version' must not be null");
        components = List.copyOf(components);
        if (!SEGMENT.matcher(path).matches() || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("a REST module needs a path like 'waypoint' and a version like '1.0'");
        }
    }

    /** The servlet mappings of the module, e.g. {@code /rest/waypoint/1.0/*} and {@code /rest/waypoint/latest/*}. */
    public List<String> mappings() {
        return List.of("/rest/" + path + "/" + version + "/*", "/rest/" + path + "/latest/*");
    }
}
