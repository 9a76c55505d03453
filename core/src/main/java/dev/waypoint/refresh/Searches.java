package dev.waypoint.refresh;

import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@link IssueSearch} for evaluators: a failed search becomes a {@link RefreshFailure} with Jira's message. */
final class Searches {

    private final IssueSearch search;

    Searches(IssueSearch search) {
        this.search = Objects.requireNonNull(search, "'search' must not be null");
    }

    long count(String jql, UserKey asUser) {
        return unwrap(search.count(jql, asUser));
    }

    List<IssueFacts> sample(String jql, UserKey asUser, int limit, Set<String> dateFields) {
        return unwrap(search.sample(jql, asUser, limit, dateFields));
    }

    private static <T> T unwrap(SearchResult<T> result) {
        return switch (result) {
            case SearchResult.Found<T> found -> found.value();
            case SearchResult.Failed<T> failed -> throw new RefreshFailure(KpiErrorCode.SEARCH_FAILED,
                    failed.message());
        };
    }
}
