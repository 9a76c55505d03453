package dev.waypoint.kpi.fake;

import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A scripted {@link IssueSearch} that records every call, so tests can count the JQL searches a refresh costs.
 * Counts and samples are looked up by exact query (defaults: count 0, empty sample); failures and exceptions by a
 * predicate on the query or by user. A hook runs before each search (e.g. to advance a {@link MutableClock}).
 */
public final class CountingIssueSearch implements IssueSearch {

    /** One recorded call. */
    public record Call(String kind, String jql, UserKey asUser, int limit) {
    }

    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, List<IssueFacts>> samples = new HashMap<>();
    private final Map<String, List<String>> invalid = new HashMap<>();
    private final List<Map.Entry<Predicate<String>, String>> failures = new ArrayList<>();
    private final Map<UserKey, String> failingUsers = new HashMap<>();
    private final List<Map.Entry<Predicate<String>, RuntimeException>> exceptions = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private ToLongFunction<String> defaultCount = jql -> 0;
    private Runnable beforeEachSearch = () -> { };

    public CountingIssueSearch count(String jql, long n) {
        counts.put(jql, n);
        return this;
    }

    /** The count of every query not given with {@link #count}. */
    public CountingIssueSearch countOtherwise(ToLongFunction<String> counter) {
        this.defaultCount = counter;
        return this;
    }

    public CountingIssueSearch sample(String jql, List<IssueFacts> issues) {
        samples.put(jql, List.copyOf(issues));
        return this;
    }

    /** Jira's messages for {@code jql} when validated. */
    public CountingIssueSearch invalid(String jql, String... messages) {
        invalid.put(jql, List.of(messages));
        return this;
    }

    /** Searches whose query matches fail with Jira's {@code message}. */
    public CountingIssueSearch failWhen(Predicate<String> jql, String message) {
        failures.add(Map.entry(jql, message));
        return this;
    }

    /** Every search and validation as {@code user} fails with {@code message} (e.g. lost permission). */
    public CountingIssueSearch failFor(UserKey user, String message) {
        failingUsers.put(user, message);
        return this;
    }

    /** Searches whose query matches throw (a broken adapter). */
    public CountingIssueSearch throwWhen(Predicate<String> jql, RuntimeException exception) {
        exceptions.add(Map.entry(jql, exception));
        return this;
    }

    public CountingIssueSearch beforeEachSearch(Runnable hook) {
        this.beforeEachSearch = hook;
        return this;
    }

    @Override
    public synchronized List<String> validate(String jql, UserKey asUser) {
        calls.add(new Call("validate", jql, asUser, 0));
        if (failingUsers.containsKey(asUser)) {
            return List.of(failingUsers.get(asUser));
        }
        return invalid.getOrDefault(jql, List.of());
    }

    @Override
    public synchronized SearchResult<Long> count(String jql, UserKey asUser) {
        calls.add(new Call("count", jql, asUser, 0));
        String failure = failure(jql, asUser);
        return failure != null ? SearchResult.failed(failure)
                : SearchResult.found(counts.containsKey(jql) ? counts.get(jql) : defaultCount.applyAsLong(jql));
    }

    @Override
    public synchronized SearchResult<List<IssueFacts>> sample(String jql, UserKey asUser, int limit,
            Set<String> dateFields) {
        calls.add(new Call("sample", jql, asUser, limit));
        String failure = failure(jql, asUser);
        if (failure != null) {
            return SearchResult.failed(failure);
        }
        List<IssueFacts> found = samples.getOrDefault(jql, List.of());
        return SearchResult.found(found.subList(0, Math.min(limit, found.size())));
    }

    /** Number of JQL searches (counts and samples; validations are not searches). */
    public synchronized int searches() {
        return (int) calls.stream().filter(c -> !c.kind().equals("validate")).count();
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The queries searched, in order. */
    public synchronized List<String> searchedQueries() {
        return calls.stream().filter(c -> !c.kind().equals("validate")).map(Call::jql).toList();
    }

    public synchronized void reset() {
        calls.clear();
    }

    private String failure(String jql, UserKey asUser) {
        beforeEachSearch.run();
        for (Map.Entry<Predicate<String>, RuntimeException> e : exceptions) {
            if (e.getKey().test(jql)) {
                throw e.getValue();
            }
        }
        if (failingUsers.containsKey(asUser)) {
            return failingUsers.get(asUser);
        }
        return failures.stream().filter(e -> e.getKey().test(jql)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}
