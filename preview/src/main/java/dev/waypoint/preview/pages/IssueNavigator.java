package dev.waypoint.preview.pages;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code /issues/?jql=...}: a stand-in for Jira's issue navigator, where the app's links to "the issues behind a
 * number" lead (e.g. a row of the agent workload item). It runs the query as the viewer, with the sample's search,
 * so it shows only issues the viewer may see, and lists the first {@value #SHOWN}.
 */
public final class IssueNavigator {

    public static final String PATH = "/issues/";
    static final String TEMPLATE = "templates/preview-pages/issue-navigator.vm";
    static final int SHOWN = 50;

    private final CurrentUser currentUser;
    private final IssueSearch search;

    public IssueNavigator(CurrentUser currentUser, IssueSearch search) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.search = Objects.requireNonNull(search, "'search' must not be null");
    }

    /** The view model of the navigator: the query, and its issues or why it failed. */
    public record Model(String jql, String error, long total, List<Row> issues) {

        public Model {
            issues = List.copyOf(issues);
        }

        public boolean failed() {
            return error != null;
        }

        public boolean more() {
            return total > issues.size();
        }
    }

    public record Row(String key, String url) {
    }

    public PageRoute route() {
        return new PageRoute(PATH, this::page);
    }

    private PageView page(PageRequest request) {
        String jql = request.queryParameter("jql").orElse("").strip();
        UserKey viewer = currentUser.key().orElseThrow();
        Model model;
        if (jql.isEmpty()) {
            model = new Model("", null, 0, List.of());
        } else {
            SearchResult<Long> total = search.count(jql, viewer);
            SearchResult<List<IssueFacts>> found = total instanceof SearchResult.Found<Long> count && count.value() > 0
                    ? search.sample(jql, viewer, SHOWN, Set.of()) : SearchResult.found(List.of());
            model = switch (found) {
                case SearchResult.Failed<List<IssueFacts>> failed -> new Model(jql, failed.message(), 0, List.of());
                case SearchResult.Found<List<IssueFacts>> issues -> total instanceof SearchResult.Failed<Long> failed
                        ? new Model(jql, failed.message(), 0, List.of())
                        : new Model(jql, null, ((SearchResult.Found<Long>) total).value(), issues.value().stream()
                                .map(issue -> new Row(issue.key(), "/browse/" + issue.key())).toList());
            };
        }
        return PageView.of("waypoint.preview.navigator.title", TEMPLATE, model);
    }
}
