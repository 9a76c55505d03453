package dev.waypoint.preview.browser;

import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The preview's issue search with every JQL search (count, sample) and validation counted. Thread-safe. */
final class CountingIssueSearch implements IssueSearch {

    private final IssueSearch search;
    private final AtomicInteger searches;
    private final AtomicInteger validations;

    private CountingIssueSearch(IssueSearch search, AtomicInteger searches, AtomicInteger validations) {
        this.search = Objects.requireNonNull(search, "'search' must not be null");
        this.searches = searches;
        this.validations = validations;
    }

    /** Counts the calls of every search made by {@link #around}. */
    static final class Counter {

        private final AtomicInteger searches = new AtomicInteger();
        private final AtomicInteger validations = new AtomicInteger();

        IssueSearch around(IssueSearch search) {
            return new CountingIssueSearch(search, searches, validations);
        }

        int searches() {
            return searches.get();
        }

        int validations() {
            return validations.get();
        }

        void reset() {
            searches.set(0);
            validations.set(0);
        }
    }

    @Override
    public List<String> validate(String jql, UserKey asUser) {
        validations.incrementAndGet();
        return search.validate(jql, asUser);
    }

    @Override
    public SearchResult<Long> count(String jql, UserKey asUser) {
        searches.incrementAndGet();
        return search.count(jql, asUser);
    }

    @Override
    public SearchResult<List<IssueFacts>> sample(String jql, UserKey asUser, int limit, Set<String> dateFields) {
        searches.incrementAndGet();
        return search.sample(jql, asUser, limit, dateFields);
    }
}
