package dev.waypoint.preview.page;

import dev.waypoint.preview.user.PreviewUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a {@link Page} gets: the decoded path, its template parameters, the query parameters and the current user. */
public record PageRequest(String path, Map<String, String> pathParameters, Map<String, List<String>> queryParameters,
        PreviewUser user) {

    public PageRequest {
        Objects.requireNonNull(path, "'path' must not be null");
        pathParameters = Map.copyOf(pathParameters);
        queryParameters = Map.copyOf(queryParameters);
        Objects.requireNonNull(user, "'user' must not be null");
    }

    /** A parameter of the route template; a typo in its name is a programmer error. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no parameter '" + name + "'");
        }
        return value;
    }

    public Optional<String> queryParameter(String name) {
        List<String> values = queryParameters.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
