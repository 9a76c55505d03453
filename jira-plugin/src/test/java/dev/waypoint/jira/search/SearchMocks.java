package dev.waypoint.jira.search;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mockito.MockedConstruction;
import org.mockito.Mockito;

/**
 * Mockito doubles of Jira's search API (compiled against platform-stubs, whose classes have no logic) and a
 * {@link JiraIssueSearch} wired on them. Final stub classes ({@code ParseResult}, {@code SearchException}) are mocked
 * with Mockito's inline mock maker; {@code new PagerFilter<>(start, max)} is intercepted with
 * {@link Mockito#mockConstruction} ({@link #pagers()}), so the production code runs unchanged.
 */
final class SearchMocks {

    final SearchService searchService = mock(SearchService.class);
    final UserManager userManager = mock(UserManager.class);
    final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    final PluginSettings settings = mock(PluginSettings.class);
    final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    final IssueFactsReader factsReader;
    final JiraIssueSearch search;

    SearchMocks() {
        when(settingsFactory.createGlobalSettings()).thenReturn(settings);
        factsReader = new IssueFactsReader(new JiraCustomFields(customFieldManager),
                new StoryPointFieldSetting(settingsFactory));
        search = new JiraIssueSearch(searchService, userManager, factsReader);
    }

    /** A user known to {@link UserManager#getUserByKey} with that key (user name = key). */
    ApplicationUser user(String key, boolean active) {
        ApplicationUser user = applicationUser(key, key, active);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    static ApplicationUser applicationUser(String key, String username, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class, "user " + key);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getName()).thenReturn(username);
        when(user.getDisplayName()).thenReturn("Display " + username);
        when(user.isActive()).thenReturn(active);
        return user;
    }

    /** {@code jql} parses and validates for {@code user}; returns its query. */
    Query valid(ApplicationUser user, String jql) {
        Query query = mock(Query.class, "query " + jql);
        SearchService.ParseResult parsed = parseResult(query, messages());
        when(searchService.parseQuery(user, jql)).thenReturn(parsed);
        MessageSet none = messages();
        when(searchService.validateQuery(user, query)).thenReturn(none);
        return query;
    }

    /** Every query parses and validates for {@code user} (all into the same query); returns it. */
    Query everyQueryValid(ApplicationUser user) {
        Query query = mock(Query.class, "any query");
        SearchService.ParseResult parsed = parseResult(query, messages());
        when(searchService.parseQuery(eq(user), any())).thenReturn(parsed);
        MessageSet none = messages();
        when(searchService.validateQuery(user, query)).thenReturn(none);
        return query;
    }

    /** {@code jql} does not parse; Jira's messages are {@code errors}. */
    void unparsable(ApplicationUser user, String jql, String... errors) {
        SearchService.ParseResult parsed = parseResult(null, messages(errors));
        when(searchService.parseQuery(user, jql)).thenReturn(parsed);
    }

    /** {@code jql} parses but validation refuses it with {@code errors}. */
    Query refusedOnValidation(ApplicationUser user, String jql, String... errors) {
        Query query = mock(Query.class, "query " + jql);
        SearchService.ParseResult parsed = parseResult(query, messages());
        when(searchService.parseQuery(user, jql)).thenReturn(parsed);
        MessageSet refused = messages(errors);
        when(searchService.validateQuery(user, query)).thenReturn(refused);
        return query;
    }

    static SearchService.ParseResult parseResult(Query query, MessageSet errors) {
        boolean valid = query != null && errors.getErrorMessages().isEmpty();
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.getQuery()).thenReturn(query);
        when(parsed.getErrors()).thenReturn(errors);
        when(parsed.isValid()).thenReturn(valid);
        return parsed;
    }

    static MessageSet messages(String... errors) {
        MessageSet messages = mock(MessageSet.class);
        Set<String> set = new LinkedHashSet<>(List.of(errors));
        when(messages.getErrorMessages()).thenReturn(set);
        when(messages.hasAnyErrors()).thenReturn(!set.isEmpty());
        return messages;
    }

    static SearchException searchException(String message) {
        SearchException exception = mock(SearchException.class);
        when(exception.getMessage()).thenReturn(message);
        return exception;
    }

    /** An issue with an id, a key, status category To Do and nothing else. */
    static Issue issue(long id, String key) {
        Issue issue = mock(Issue.class, key);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    static Status status(String categoryKey) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }

    static List<Issue> issues(int count) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            issues.add(issue(i, "SUP-" + i));
        }
        return issues;
    }

    /**
     * Intercepts {@code new PagerFilter<>(start, max)}: each constructed pager remembers its arguments, and
     * {@link #page} answers a search with the matching slice of a result list. Close it after the test.
     */
    static final class Pagers implements AutoCloseable {

        private final Map<PagerFilter<?>, int[]> arguments = new IdentityHashMap<>();
        private final List<int[]> requested = new ArrayList<>();
        @SuppressWarnings("rawtypes")
        private final MockedConstruction<PagerFilter> construction;

        Pagers() {
            construction = Mockito.mockConstruction(PagerFilter.class, (pager, context) -> {
                int[] startAndMax = {(Integer) context.arguments().get(0), (Integer) context.arguments().get(1)};
                arguments.put(pager, startAndMax);
                requested.add(startAndMax);
            });
        }

        /** The (start, max) of every pager constructed, in order. */
        List<List<Integer>> requested() {
            return requested.stream().map(a -> List.of(a[0], a[1])).toList();
        }

        /** The page {@code pager} selects of {@code all}, with {@code getTotal()} = all matches. */
        SearchResults<Issue> page(PagerFilter<?> pager, List<Issue> all) {
            int[] startAndMax = arguments.get(pager);
            int from = Math.min(startAndMax[0], all.size());
            int to = Math.min(startAndMax[0] + startAndMax[1], all.size());
            @SuppressWarnings("unchecked")
            SearchResults<Issue> results = mock(SearchResults.class);
            when(results.getResults()).thenReturn(List.copyOf(all.subList(from, to)));
            when(results.getTotal()).thenReturn(all.size());
            return results;
        }

        @Override
        public void close() {
            construction.close();
        }
    }

    static Pagers pagers() {
        return new Pagers();
    }
}
