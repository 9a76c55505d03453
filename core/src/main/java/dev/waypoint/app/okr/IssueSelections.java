package dev.waypoint.app.okr;

import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.refresh.RefreshSettingsSource;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an {@link IssueSelection} as the viewer (DESIGN §5: "an issue list is always filtered by the viewer's own
 * permissions"): keys through {@link IssueDirectory}; a JQL query validated by Jira as the viewer, then counted and
 * sampled as the viewer (one count, one sample of at most {@link IssueSelection#MAX_ISSUES}); an epic found as the
 * viewer, then its children with the admin's epic-children template ({@link Jql#fillTemplate} quotes the key). The
 * user's query enters JQL only whole, as Jira validated it.
 */
final class IssueSelections {

    /** What a selection found for the viewer. */
    record Resolved(List<IssueRef> issues, long total, List<String> notFound) {
    }

    private final IssueDirectory issues;
    private final IssueSearch search;
    private final RefreshSettingsSource settings;

    IssueSelections(IssueDirectory issues, IssueSearch search, RefreshSettingsSource settings) {
        this.issues = Objects.requireNonNull(issues, "'issues' must not be null");
        this.search = Objects.requireNonNull(search, "'search' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException too many keys, a query Jira refuses, an epic key that names
     *                                                   no epic the viewer may see
     */
    Resolved resolve(UserKey viewer, IssueSelection selection) {
        return switch (selection) {
            case IssueSelection.Keys keys -> byKeys(viewer, keys.keys());
            case IssueSelection.Query query -> byQuery(viewer, query.jql());
            case IssueSelection.EpicWithChildren epic -> epicWithChildren(viewer, epic.epicKey());
        };
    }

    private Resolved byKeys(UserKey viewer, List<String> keys) {
        Set<String> distinct = new LinkedHashSet<>(keys);
        if (distinct.isEmpty()) {
            throw OkrAppMessages.CATALOG.invalid("issueKeys", OkrAppMessages.SELECTION_REQUIRED);
        }
        if (distinct.size() > IssueSelection.MAX_ISSUES) {
            throw OkrAppMessages.CATALOG.invalid("issueKeys", OkrAppMessages.KEYS_TOO_MANY, IssueSelection.MAX_ISSUES,
                    distinct.size());
        }
        Map<IssueId, IssueRef> found = new LinkedHashMap<>();
        List<String> notFound = new ArrayList<>();
        for (String key : distinct) {
            Optional<IssueRef> issue = issues.findVisible(viewer, key);
            if (issue.isPresent()) {
                found.putIfAbsent(issue.get().id(), issue.get());
            } else {
                notFound.add(key);
            }
        }
        return new Resolved(List.copyOf(found.values()), found.size(), notFound);
    }

    private Resolved byQuery(UserKey viewer, String jql) {
        String query = jql.strip();
        if (query.isEmpty()) {
            throw OkrAppMessages.CATALOG.invalid("jql", OkrAppMessages.SELECTION_REQUIRED);
        }
        if (query.length() > Limits.JQL) {
            throw OkrAppMessages.CATALOG.invalid("jql", OkrAppMessages.JQL_TOO_LONG, Limits.JQL, query.length());
        }
        List<String> errors = search.validate(query, viewer);
        if (!errors.isEmpty()) {
            throw OkrAppMessages.CATALOG.invalid("jql", OkrAppMessages.JQL_INVALID, String.join("; ", errors));
        }
        long total = found(search.count(query, viewer), "jql");
        List<IssueFacts> sample = found(search.sample(query, viewer, IssueSelection.MAX_ISSUES, Set.of()), "jql");
        return new Resolved(inOrder(viewer, sample), total, List.of());
    }

    private Resolved epicWithChildren(UserKey viewer, String epicKey) {
        IssueRef epic = issues.findVisible(viewer, epicKey).orElseThrow(() -> OkrAppMessages.CATALOG.invalid(
                "epicKey", OkrAppMessages.EPIC_NOT_FOUND, epicKey));
        List<IssueFacts> self = found(search.sample(Jql.issuesWithIds(List.of(epic.id())), viewer, 1, Set.of()),
                "epicKey");
        if (self.isEmpty() || !self.get(0).epic()) {
            throw OkrAppMessages.CATALOG.invalid("epicKey", OkrAppMessages.NOT_AN_EPIC, epic.key());
        }
        String childrenJql = Jql.fillTemplate(settings.current().epicChildrenJql(), epic.key());
        long children = found(search.count(childrenJql, viewer), "epicKey");
        List<IssueFacts> sample = found(search.sample(childrenJql, viewer, IssueSelection.MAX_ISSUES - 1, Set.of()),
                "epicKey");
        List<IssueRef> all = new ArrayList<>(List.of(epic));
        inOrder(viewer, sample).stream().filter(child -> !child.id().equals(epic.id())).forEach(all::add);
        return new Resolved(all, 1 + children, List.of());
    }

    /** The sampled issues as the viewer sees them, in the search's order. */
    private List<IssueRef> inOrder(UserKey viewer, List<IssueFacts> sample) {
        if (sample.isEmpty()) {
            return List.of();
        }
        Map<IssueId, IssueRef> visible = issues.findVisible(viewer, sample.stream().map(IssueFacts::id).toList());
        return sample.stream().map(facts -> visible.get(facts.id())).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> T found(SearchResult<T> result, String field) {
        return switch (result) {
            case SearchResult.Found<T> found -> found.value();
            case SearchResult.Failed<T> failed -> throw OkrAppMessages.CATALOG.invalid(field,
                    OkrAppMessages.JQL_INVALID, failed.message());
        };
    }
}
