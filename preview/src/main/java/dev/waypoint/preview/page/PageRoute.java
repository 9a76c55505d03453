package dev.waypoint.preview.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path template and its page, e.g. {@code /projects/{projectKey}/waypoint}: each {@code {name}} matches one
 * non-empty path segment, available as {@link PageRequest#pathParameter}. Everything else must match literally.
 */
public record PageRoute(String template, Page page) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    public PageRoute {
        Objects.requireNonNull(template, "'template' must not be null");
        Objects.requireNonNull(page, "'page' must not be null");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route template starts with '/', was " + template);
        }
    }

    /** The path parameters if {@code path} (decoded, without query) matches. */
    public Optional<Map<String, String>> match(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int literalStart = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(literalStart, parameter.start()))).append("([^/]+)");
            names.add(parameter.group(1));
            literalStart = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(literalStart)));
        Matcher matcher = Pattern.compile(regex.toString()).matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), matcher.group(i + 1));
        }
        return Optional.of(values);
    }
}
