package dev.waypoint.preview.page;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the page for a path among the registered routes; two routes with the same template are an error. */
public final class PageRouter {

    private final List<PageRoute> routes;

    public PageRouter(List<PageRoute> routes) {
        this.routes = List.copyOf(routes);
        Set<String> templates = new HashSet<>();
        for (PageRoute route : this.routes) {
            if (!templates.add(route.template())) {
                throw new IllegalArgumentException("two pages for " + route.template()
                        + " (remove the placeholder when the real page is registered)");
            }
        }
    }

    /** The first route matching {@code path} and its parameters. */
    public Optional<Match> route(String path) {
        for (PageRoute route : routes) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                return Optional.of(new Match(route.page(), parameters.get()));
            }
        }
        return Optional.empty();
    }

    /** A page and the path parameters it was matched with. */
    public record Match(Page page, Map<String, String> parameters) {
    }
}
