package dev.waypoint.preview.wiring;

import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One preview node's issue search, counted; optionally the first search at which {@link #holdWhen}'s condition holds
 * waits until released (a node stopped in the middle of a refresh). Thread-safe.
 */
final class NodeSearch {

    private final AtomicInteger searches = new AtomicInteger();
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile BooleanSupplier holdWhen = () -> false;

    IssueSearch around(IssueSearch search) {
        return new IssueSearch() {
            @Override
            public List<String> validate(String jql, UserKey asUser) {
                return search.validate(jql, asUser);
            }

            @Override
            public SearchResult<Long> count(String jql, UserKey asUser) {
                counted();
                return search.count(jql, asUser);
            }

            @Override
            public SearchResult<List<IssueFacts>> sample(String jql, UserKey asUser, int limit,
                    Set<String> dateFields) {
                counted();
                return search.sample(jql, asUser, limit, dateFields);
            }
        };
    }

    int searches() {
        return searches.get();
    }

    /** The first search from now on at which {@code condition} holds waits until {@link #release}. */
    void holdWhen(BooleanSupplier condition) {
        holdWhen = condition;
    }

    boolean awaitHeld() throws InterruptedException {
        return reached.await(60, TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }

    private void counted() {
        searches.incrementAndGet();
        if (reached.getCount() > 0 && holdWhen.getAsBoolean()) {
            reached.countDown();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
