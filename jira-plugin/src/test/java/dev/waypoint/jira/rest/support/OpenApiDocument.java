package dev.waypoint.jira.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The OpenAPI 3 description of the REST API ({@value #RESOURCE} on the classpath), read with plain Jackson. */
public record OpenApiDocument(JsonNode root) {

    public static final String RESOURCE = "openapi/waypoint-openapi.json";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new OpenApiDocument(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not JSON", e);
        }
    }

    /** {@code "GET /objectives/{id}"} for every operation. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (HTTP_METHODS.contains(method)) {
                    operations.add(method.toUpperCase() + " " + ResourceCatalog.normalise(path.getKey()));
                }
            }
        }
        return operations;
    }

    /** The operation object of {@code method} on {@code path}, or a missing node. */
    public JsonNode operation(String method, String path) {
        return root.path("paths").path(path).path(method.toLowerCase());
    }
}
