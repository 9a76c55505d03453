package dev.waypoint.app.company;

import java.util.List;

/**
 * The objectives of a cycle that match a {@link CompanyFilter}, in tree order, at most
 * {@link CompanySearchQuery#LIMIT}.
 *
 * @param total how many match in all (more than {@code matches} when the list is cut)
 */
public record CompanySearchResult(List<CompanyMatch> matches, int total) {

    public CompanySearchResult {
        matches = List.copyOf(matches);
    }
}
