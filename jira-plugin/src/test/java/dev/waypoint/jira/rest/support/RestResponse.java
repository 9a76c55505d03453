package dev.waypoint.jira.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.jira.rest.ErrorBody;
import dev.waypoint.jira.rest.ErrorItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * An answer of the in-memory REST runtime, read completely: status, headers, media type and the raw body text.
 *
 * @param headers header values by lower-case name
 */
public record RestResponse(int status, Map<String, List<String>> headers, String mediaType, String body) {

    /** A plain mapper: tests read answers as a client would, without the app's strictness. */
    private static final ObjectMapper CLIENT = new ObjectMapper();

    public RestResponse {
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public JsonNode json() {
        try {
            return CLIENT.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the body is not JSON: " + body, e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return CLIENT.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the body is not a " + type.getSimpleName() + ": " + body, e);
        }
    }

    /** The body as Waypoint's error shape; fails if it is not one. */
    public ErrorBody errorBody() {
        return as(ErrorBody.class);
    }

    public List<ErrorItem> errors() {
        return errorBody().errors();
    }

    /** The {@code field} of each error, in order ({@code null} for general errors). */
    public List<String> errorFields() {
        return errors().stream().map(ErrorItem::field).toList();
    }

    public List<String> errorMessages() {
        return errors().stream().map(ErrorItem::message).toList();
    }

    @Override
    public String toString() {
        return status + " " + (mediaType == null ? "" : mediaType + " ") + body;
    }
}
