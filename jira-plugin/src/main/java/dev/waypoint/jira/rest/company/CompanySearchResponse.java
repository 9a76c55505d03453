package dev.waypoint.jira.rest.company;

import dev.waypoint.app.company.CompanySearchResult;
import java.util.List;

/**
 * Objectives of the cycle matching the search, in tree order, at most 100.
 *
 * @param total how many match in all
 */
public record CompanySearchResponse(List<Match> matches, int total) {

    /** @param path the titles of the objectives above it that the caller may see, top first */
    public record Match(CompanyNodeResponse objective, List<String> path) {
    }

    public static CompanySearchResponse of(CompanySearchResult result) {
        return new CompanySearchResponse(result.matches().stream()
                .map(m -> new Match(CompanyNodeResponse.of(m.node()), m.path())).toList(), result.total());
    }
}
