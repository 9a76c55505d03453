package dev.waypoint.preview.issues;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issues matching each clause for one instant and one set of visible projects, so that the refresh job's
 * per-agent counts ({@code (<query>) AND assignee = "..."} for every agent) filter the query's matches instead of
 * every issue again. A conjunction is matched as its first part's (cached) matches filtered by the rest. Only the
 * latest instant is kept; thread-safe.
 */
final class MatchCache {

    private static final int MAX_ENTRIES = 256;

    private final TicketStore store;
    private final Map<Key, List<SampleIssue>> matches = new HashMap<>();
    private Instant at;

    MatchCache(TicketStore store) {
        this.store = store;
    }

    /** The existing, visible issues that match {@code clause} at {@code now}, ordered by id. */
    synchronized List<SampleIssue> matching(SampleClause clause, Instant now, Set<String> visibleProjects) {
        if (!now.equals(at) || matches.size() > MAX_ENTRIES) {
            matches.clear();
            at = now;
        }
        return lookup(clause, visibleProjects);
    }

    private List<SampleIssue> lookup(SampleClause clause, Set<String> visible) {
        Key key = new Key(clause, visible);
        List<SampleIssue> found = matches.get(key);
        if (found == null) {
            found = compute(clause, visible);
            matches.put(key, found);
        }
        return found;
    }

    private List<SampleIssue> compute(SampleClause clause, Set<String> visible) {
        if (clause instanceof SampleClause.All all && all.clauses().size() > 1) {
            List<SampleClause> rest = all.clauses().subList(1, all.clauses().size());
            return lookup(all.clauses().get(0), visible).stream()
                    .filter(issue -> rest.stream().allMatch(each -> each.matches(issue, at, store)))
                    .toList();
        }
        return store.all().stream()
                .filter(issue -> issue.existsAt(at) && visible.contains(issue.project().value()))
                .filter(issue -> clause.matches(issue, at, store))
                .toList();
    }

    private record Key(SampleClause clause, Set<String> visible) {
    }
}
