package dev.waypoint.jira.rest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.WaypointJson;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to the in-memory REST runtime, immutable: method, path relative to the REST module
 * ({@code "/me"} for {@code /rest/waypoint/1.0/me}), query parameters, an optional raw body with its content type,
 * extra headers and the user who sends it ({@code null}: anonymous).
 *
 * <pre>{@code
 * RestRequest.post("/objectives", "{\"title\":\"Grow\"}").as(Role.OWNER)
 * RestRequest.get("/objectives").query("cycle", "7").as("alice")
 * }</pre>
 */
public record RestRequest(String method, String path, Map<String, String> query, String body, String contentType,
        Map<String, String> headers, String user) {

    public RestRequest {
        Objects.requireNonNull(method, "'method' must not be null");
        Objects.requireNonNull(path, "'path' must not be null");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    private static RestRequest of(String method, String path, String body) {
        return new RestRequest(method, path, Map.of(), body, body == null ? null : MediaType.APPLICATION_JSON, Map.of(),
                null);
    }

    public static RestRequest get(String path) {
        return of("GET", path, null);
    }

    /** A POST with a raw JSON body (sent as {@code application/json}). */
    public static RestRequest post(String path, String json) {
        return of("POST", path, json);
    }

    public static RestRequest put(String path, String json) {
        return of("PUT", path, json);
    }

    public static RestRequest delete(String path) {
        return of("DELETE", path, null);
    }

    public static RestRequest method(String method, String path) {
        return of(method, path, null);
    }

    /** This request with {@code body} serialised by Waypoint's JSON rules. */
    public RestRequest json(Object value) {
        try {
            return body(WaypointJson.objectMapper().writeValueAsString(value), MediaType.APPLICATION_JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value, e);
        }
    }

    public RestRequest body(String raw, String type) {
        return new RestRequest(method, path, query, raw, type, headers, user);
    }

    public RestRequest body(String raw) {
        return body(raw, contentType == null ? MediaType.APPLICATION_JSON : contentType);
    }

    public RestRequest contentType(String type) {
        return new RestRequest(method, path, query, body, type, headers, user);
    }

    public RestRequest query(String name, String value) {
        Map<String, String> newQuery = new LinkedHashMap<>(query);
        newQuery.put(name, value);
        return new RestRequest(method, path, newQuery, body, contentType, headers, user);
    }

    public RestRequest header(String name, String value) {
        Map<String, String> newHeaders = new LinkedHashMap<>(headers);
        newHeaders.put(name, value);
        return new RestRequest(method, path, query, body, contentType, newHeaders, user);
    }

    /** Sent by the user of {@code role} (anonymous for {@link Role#ANONYMOUS}). */
    public RestRequest as(Role role) {
        return as(role.userKey());
    }

    /** Sent by the user with this key ({@code null}: anonymous). */
    public RestRequest as(String userKey) {
        return new RestRequest(method, path, query, body, contentType, headers, userKey);
    }

    public RestRequest anonymous() {
        return as((String) null);
    }

    /** {@code "POST /objectives"}, for test names. */
    public String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(path);
        if (!query.isEmpty()) {
            text.append('?');
            query.forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }
}
