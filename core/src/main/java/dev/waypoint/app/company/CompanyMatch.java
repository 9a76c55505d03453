package dev.waypoint.app.company;

import java.util.List;
import java.util.Objects;

/**
 * An objective found on the company page, with the titles of the objectives above it (the visible ones, top first),
 * so a result shows where it sits in the tree.
 */
public record CompanyMatch(CompanyNode node, List<String> path) {

    public CompanyMatch {
        Objects.requireNonNull(node, "'node' must not be null");
        path = List.copyOf(path);
    }
}
